// 登录: user name and password; the orchestrator answers with a session cookie (and a CSRF cookie).
import { h, mount } from '../dom.js';
import { t, lang, setLang } from '../i18n.js';
import { login } from '../auth.js';
import { problemAlert, field } from '../ui.js';

export function render(el, onSignedIn) {
  const user = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autofocus: true });
  const pass = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const err = h('div');
  const submit = h('button.btn.primary', { type: 'submit', style: { width: '100%', justifyContent: 'center', height: '40px' }, 'data-action': 'login' }, t('auth.login'));
  const form = h('form', { 'data-form': 'login', onsubmit: async e => {
    e.preventDefault();
    submit.disabled = true;
    mount(err);
    try {
      await login(user.value.trim(), pass.value);
      pass.value = '';
      await onSignedIn();
    } catch (x) {
      mount(err, problemAlert(x));
      submit.disabled = false;
    }
  } },
  h('h2', t('auth.welcome')), h('p.muted', { style: { marginTop: 0 } }, t('auth.hint')), err,
  field(t('auth.username'), user), field(t('auth.password'), pass), submit,
  h('p', { style: { textAlign: 'center', marginTop: '18px' } }, h('button.link', { type: 'button', 'data-action': 'lang', lang: lang() === 'en' ? 'zh-CN' : 'en', onclick: () => {
    setLang(lang() === 'en' ? 'zh' : 'en'); render(el, onSignedIn);
  } }, lang() === 'en' ? '中文' : 'English')));
  mount(el, h('div.login',
    h('div.login-art', h('div', h('img', { src: '/app/favicon.svg', alt: '', style: { width: '40px' } }),
      h('h1', t('auth.artTitle')), h('p', t('auth.artText'))), h('div.faint', 'Workforce')),
    h('div.login-form', form)));
}
