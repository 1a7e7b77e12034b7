// Who may start a flow. Until per-flow sharing exists in the API every signed-in user may start every live flow.
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { card } from '../ui.js';

/** The flows the signed-in user may start, each with its live version's input. */
export async function myFlows() {
  const flows = (await api.get('/flows')).filter(f => f.liveVersion != null);
  return Promise.all(flows.map(async f => {
    const v = await api.get(`/flows/${encodeURIComponent(f.name)}/versions/${f.liveVersion}`).catch(() => null);
    return { ...f, input: v?.descriptor?.input, placements: v?.descriptor?.placements };
  }));
}

export function sharingCard() {
  return card(t('share.title'), h('div.muted', t('share.everyone')), { id: 'sharing' });
}
