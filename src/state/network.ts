/**
 * The coordinator's received files as partners (issue 13), live: each partner's newest file and its years
 * (src/core/networkPartners.ts), made again whenever the stored summaries change (a file added or removed).
 */
import { useMemo } from 'preact/hooks';
import { type NetworkPartner, networkPartners } from '../core/networkPartners';
import { useReceivedFiles } from './received';

export function useNetworkPartners(): NetworkPartner[] | undefined {
  const files = useReceivedFiles();
  return useMemo(() => files && networkPartners(files), [files]);
}
