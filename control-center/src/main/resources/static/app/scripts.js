// Loads a classic script (a webjar's library) once, when a page first needs it.
const loaded = new Map();

export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => { loaded.delete(src); reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    }));
  }
  return loaded.get(src);
}

export const ECHARTS = '/webjars/echarts/dist/echarts.min.js';

/** Prism for YAML: core first (told to wait to be asked), then the YAML grammar. */
export async function loadPrism() {
  if (!window.Prism) window.Prism = { manual: true };
  await loadScript('/webjars/prismjs/components/prism-core.min.js');
  await loadScript('/webjars/prismjs/components/prism-yaml.min.js');
  return window.Prism;
}
