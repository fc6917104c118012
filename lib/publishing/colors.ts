// Verdict colours come from the workspace's scale, so any hex may arrive: badges pick black or
// white text by WCAG contrast (one of the two always reaches 4.5:1), highlights use a light tint.
const HEX = /^#([0-9a-f]{6})$/i;
const FALLBACK = "#6b7280";

export function safeColor(color: string | null | undefined): string {
  return color && HEX.test(color) ? color.toLowerCase() : FALLBACK;
}

function luminance(hex: string): number {
  const n = parseInt(safeColor(hex).slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): "#000000" | "#ffffff" {
  return contrastRatio(background, "#000000") >= contrastRatio(background, "#ffffff") ? "#000000" : "#ffffff";
}

/** A light tint of the colour (8-digit hex, ~20% opacity) for highlights under dark text. */
export function tint(color: string | null | undefined): string {
  return `${safeColor(color)}33`;
}
