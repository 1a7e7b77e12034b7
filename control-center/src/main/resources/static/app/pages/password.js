// Change one's own password: asked for after an administrator set it (first log-in, reset), or from the user menu.
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { modal, field, button, problemAlert, toast } from '../ui.js';
import { session } from '../session.js';

export function passwordDialog(required) {
  return modal(required ? t('pw.required') : t('pw.change'), (body, foot, close) => {
    const current = h('input', { type: 'password', name: 'currentPassword', autocomplete: 'current-password' });
    const next = h('input', { type: 'password', name: 'newPassword', autocomplete: 'new-password' });
    const again = h('input', { type: 'password', name: 'newPassword2', autocomplete: 'new-password' });
    const err = h('div');
    mount(body, required ? h('p.muted', t('pw.why')) : null, err, field(t('pw.current'), current, { required: true }),
      field(t('pw.new'), next, { required: true }), field(t('pw.again'), again, { required: true }));
    mount(foot, required ? null : button(t('common.cancel'), () => close(false)), button(t('common.save'), async () => {
      if (next.value !== again.value) return mount(err, h('div.alert.bad', t('pw.mismatch')));
      try {
        await api.put('/me/password', { currentPassword: current.value, newPassword: next.value });
        session.mustChangePassword = false;
        toast(t('pw.done'));
        close(true);
      } catch (e) { mount(err, problemAlert(e)); }
    }, { kind: 'primary', id: 'save-password' }));
  });
}
