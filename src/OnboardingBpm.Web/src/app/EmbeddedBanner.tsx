import type { AppConfig } from '../config';

/** The embedded defaults must never pass for production: say it on every screen, before and after sign-in. */
export function EmbeddedBanner({ config }: { config: AppConfig }) {
  const { embedded } = config;
  if (!embedded.active) {
    return null;
  }
  const vendors = embedded.simulatedVendors.length > 0 ? `simulated ${embedded.simulatedVendors.join(', ')}` : 'real vendors';
  return (
    <div className="embedded-banner" role="status" data-testid="embedded-banner">
      <strong>Embedded defaults</strong> — {vendors}
      {embedded.developmentSignIn ? '; development sign-in (Okta simulator, demo users)' : ''}. Not for production.
    </div>
  );
}
