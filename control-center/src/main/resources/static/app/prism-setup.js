// Prism highlights only when asked (the flow pages call Prism.highlight); a file, as the CSP allows no inline script.
window.Prism = { manual: true };
