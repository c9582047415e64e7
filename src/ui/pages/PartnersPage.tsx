/** The partners on this device: search, create, delete with undo, and the example partner for newcomers. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isValidBusinessId } from '../../core/businessId';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  addExamplePartner,
  countYears,
  createPartner,
  listPartners,
  type OrganizationRow,
  removePartner,
  restorePartner,
} from '../../state/partners';
import { attempt, succeeded } from '../../state/saveStatus';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { navigate } from '../router';

export function PartnersPage({ lang }: { lang: Lang }) {
  const partners = useLive(listPartners, []);
  const years = useLive(countYears, []);
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [businessId, setBusinessId] = useState('');
  const [deleted, setDeleted] = useState<OrganizationRow | null>(null);
  // The keyboard's place when the form opens or closes, or a partner's row (and its button) goes: the name
  // field, the button that opened the form, the undo beside the message.
  const moved = useRef<'form' | 'button' | 'undo' | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (moved.current === 'form') document.getElementById('new-name')?.focus();
    if (moved.current === 'button') newButton.current?.focus();
    if (moved.current === 'undo') undo.current?.focus();
    moved.current = null;
  }, [creating, deleted]);
  const openForm = (open: boolean) => {
    moved.current = open ? 'form' : 'button';
    setCreating(open);
  };
  const q = query.trim().toLowerCase();
  const shown = (partners ?? []).filter(
    (p) => q === '' || p.name.toLowerCase().includes(q) || (p.businessId ?? '').includes(q),
  );
  const idOk = businessId.trim() === '' || isValidBusinessId(businessId.trim());

  const create = async (e: Event) => {
    e.preventDefault();
    if (name.trim() === '' || !idOk) return;
    const org = await attempt(
      createPartner({
        name: name.trim(),
        ...(businessId.trim() ? { businessId: businessId.trim() } : {}),
      }),
    );
    if (!org) return;
    setCreating(false);
    setName('');
    setBusinessId('');
    navigate(`/partners/${org.id}`);
  };
  const remove = async (p: OrganizationRow) => {
    if (!window.confirm(tr(lang, 'confirmDeletePartner', { name: p.name }))) return;
    if (await succeeded(removePartner(p.id))) {
      moved.current = 'undo';
      setDeleted(p);
    }
  };
  const addDemo = async () => {
    const org = await attempt(addExamplePartner());
    if (!org) return;
    navigate(`/partners/${org.id}`);
  };

  return (
    <>
      <h1>{tr(lang, 'partnersTitle')}</h1>
      <p class="lead">{tr(lang, 'partnersLead')}</p>
      {deleted && (
        <div class="toast" role="status">
          <span>{tr(lang, 'deleted', { name: deleted.name })}</span>
          <button
            ref={undo}
            type="button"
            onClick={async () => {
              if (await succeeded(restorePartner(deleted.id))) setDeleted(null);
            }}
          >
            {tr(lang, 'undo')}
          </button>
          <button type="button" class="secondary" onClick={() => setDeleted(null)}>
            {tr(lang, 'dismiss')}
          </button>
        </div>
      )}
      <div class="toolbar">
        <label class="search">
          <span class="visually-hidden">{tr(lang, 'search')}</span>
          <input
            type="search"
            placeholder={tr(lang, 'search')}
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {!creating && (
          <button ref={newButton} type="button" onClick={() => openForm(true)}>
            {tr(lang, 'newPartner')}
          </button>
        )}
      </div>
      {creating && (
        <form class="card" onSubmit={create}>
          <h2>{tr(lang, 'newPartner')}</h2>
          <div class="field">
            <label for="new-name">{tr(lang, 'partnerName')}</label>
            <input
              id="new-name"
              required
              value={name}
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="new-bid">{tr(lang, 'businessId')}</label>
            <input
              id="new-bid"
              value={businessId}
              aria-invalid={idOk ? 'false' : 'true'}
              aria-describedby={idOk ? undefined : 'new-bid-error'}
              onInput={(e) => setBusinessId((e.currentTarget as HTMLInputElement).value)}
            />
            {!idOk && (
              <p id="new-bid-error" class="field-error">
                {tr(lang, 'businessIdInvalid')}
              </p>
            )}
          </div>
          <div class="actions">
            <button type="submit">{tr(lang, 'create')}</button>
            <button type="button" class="secondary" onClick={() => openForm(false)}>
              {tr(lang, 'cancel')}
            </button>
          </div>
        </form>
      )}
      {partners && partners.length === 0 && <p>{tr(lang, 'noPartners')}</p>}
      {partners && partners.length > 0 && shown.length === 0 && <p>{tr(lang, 'noMatches')}</p>}
      <ul class="partner-list">
        {shown.map((p) => {
          const n = years?.get(p.id) ?? 0;
          return (
            <li key={p.id} class="card partner">
              <div>
                <Link href={`/partners/${p.id}`} class="partner-name">
                  {p.name}
                </Link>
                {p.demo && <span class="badge">{tr(lang, 'demoBadge')}</span>}
                <div class="muted">
                  {[p.businessId, p.municipality, `${tr(lang, 'years')}: ${n}`].filter(Boolean).join(' · ')}
                </div>
              </div>
              <button
                type="button"
                class="secondary"
                onClick={() => remove(p)}
                aria-label={`${tr(lang, 'delete')}: ${p.name}`}
              >
                {tr(lang, 'delete')}
              </button>
            </li>
          );
        })}
      </ul>
      {partners && !partners.some((p) => p.demo) && (
        <p>
          <button type="button" class="secondary" onClick={addDemo}>
            {tr(lang, 'addDemo')}
          </button>
        </p>
      )}
    </>
  );
}
