// A few line icons for the navigation (24 × 24, stroked), drawn here so that no icon font is needed.
const PATHS = {
  overview: ['M4 4h7v7H4z', 'M13 4h7v4h-7z', 'M13 10h7v10h-7z', 'M4 13h7v7H4z'],
  big: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  robots: ['M6 8h12v10H6z', 'M12 4v4', 'M9.5 12.5h.01', 'M14.5 12.5h.01', 'M3 12v3', 'M21 12v3', 'M10 15.5h4'],
  runs: ['M7 5l11 7-11 7z'],
  queues: ['M4 6h16', 'M4 12h16', 'M4 18h10'],
  mine: ['M12 3l2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8 6.6 19.7l1.1-6.1L3.2 9.4l6.1-.8z'],
  flows: ['M4 7h13', 'M14 4l3 3-3 3', 'M20 17H7', 'M10 14l-3 3 3 3'],
  schedules: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7v5l3 2'],
  credentials: ['M8 14a4 4 0 1 1 0-8 4 4 0 0 1 0 8z', 'M11 11l9 9', 'M17 17l2-2', 'M15 15l2-2'],
  keys: ['M14 4h5v16h-5', 'M3 12h11', 'M10 8l4 4-4 4'],
  users: ['M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M2 21c0-4 3-6 7-6s7 2 7 6', 'M17 11a3 3 0 1 0 0-6', 'M22 21c0-3-2-5-5-5.5'],
  audit: ['M6 3h9l4 4v14H6z', 'M14 3v5h5', 'M9 12h7', 'M9 16h7'],
};

export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true'); // decoration: the link's text names it
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.8');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const d of PATHS[name] || []) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', d);
    svg.appendChild(p);
  }
  return svg;
}
