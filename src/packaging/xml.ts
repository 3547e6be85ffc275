/** Escapes text for XML element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * XML 1.0 forbids most control characters even when escaped; an LMS's XML parser rejects the whole manifest on
 * one of them, so they are dropped from any text that goes into a manifest.
 */
export function stripXmlInvalid(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Text for a manifest: invalid characters dropped, whitespace collapsed, escaped. */
export function xmlText(text: string): string {
  return escapeXml(stripXmlInvalid(text).replace(/\s+/g, ' ').trim());
}

/**
 * A valid XML ID (an NCName): starts with a letter or `_`, then letters, digits, `.`, `-`, `_`; no spaces or
 * colons. Restricted to ASCII on purpose: several LMS importers mishandle non-ASCII identifiers.
 */
export function isXmlId(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9._-]*$/.test(value);
}

/**
 * A file path as a manifest `href`: each segment percent-encoded (a space or `#` in a file name would otherwise
 * break the LMS's link to it), `/` kept.
 */
export function pathToHref(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The file path an `href` names (inverse of `pathToHref`; tolerant of unencoded hrefs written by other tools). */
export function hrefToPath(href: string): string {
  const withoutFragment = href.split('#')[0]?.split('?')[0] ?? '';
  try {
    return decodeURIComponent(withoutFragment);
  } catch {
    return withoutFragment;
  }
}
