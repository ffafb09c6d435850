// Every visible text of the page whose colour contrasts too little with its background (WCAG 2.1, 1.4.3:
// 4.5:1, 3:1 for large text), as "tag.class "text" ratio". Backgrounds are blended up the ancestors;
// text over an image or gradient, and disabled controls (exempt in WCAG), are left out.
function parse(colour) {
  const m = colour.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const p = m[1].split(',').map(s => parseFloat(s));
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function blend(top, bottom) {
  return { r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1 };
}
function luminance(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
function background(element) {
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.backgroundImage !== 'none') return null;
    const bg = parse(style.backgroundColor);
    if (bg && bg.a > 0) {
      layers.push(bg);
      if (bg.a >= 1) break;
    }
  }
  let colour = { r: 255, g: 255, b: 255, a: 1 };
  for (let i = layers.length - 1; i >= 0; i--) colour = blend(layers[i], colour);
  return colour;
}
const failures = [];
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode.textContent.trim();
  const element = walker.currentNode.parentElement;
  if (!text || seen.has(element)) continue;
  seen.add(element);
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || element.closest('[hidden], [aria-hidden="true"]')) continue;
  if (element.offsetParent === null && style.position !== 'fixed') continue;
  if (element.closest('[disabled], .disabled, option, svg, canvas')) continue;
  const bg = background(element);
  const fg = parse(style.color);
  if (!bg || !fg) continue;
  const shown = blend(fg, bg);
  const l1 = luminance(shown), l2 = luminance(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
  if (ratio < (large ? 3 : 4.5)) {
    failures.push(element.tagName.toLowerCase() + '.' + element.className + ' "' + text.slice(0, 30) + '" ' + ratio.toFixed(2));
  }
}
return failures;
