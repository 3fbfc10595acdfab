/**
 * An address as a QR code, made at build time as inline SVG (the qrcode
 * library; no request, no image file): the footer's 手机扫码阅读 and the cover
 * of the single file and its PDF.
 */
import QRCode from 'qrcode';

/** The SVG of `address`'s QR code, as an image named `label` for screen readers. */
export async function qrSvg(address: string, label: string): Promise<string> {
  // Medium error correction survives a smudged print; the quiet zone of 2 modules keeps it readable beside text.
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace('<svg ', `<svg class="qr" role="img" aria-label="${label}" `);
}
