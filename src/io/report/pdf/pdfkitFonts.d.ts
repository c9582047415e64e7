/** PDFKit's standard font data modules (metrics of the PDF standard 14 fonts), which @types/pdfkit does not declare. */
declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: { readonly name: 'Helvetica' };
  export default font;
}
declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: { readonly name: 'Helvetica-Bold' };
  export default font;
}
