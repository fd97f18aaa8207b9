/** GET /app-config.json: where to sign in, and whether the server runs on its embedded defaults. */
export interface AppConfig {
  issuer: string;
  clientId: string;
  scopes: string[];
  embedded: { active: boolean; simulatedVendors: string[]; developmentSignIn: boolean };
  serverTime: string;
}

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`The server did not give the app its configuration (${response.status}).`);
  }
  return (await response.json()) as AppConfig;
}

/** Milliseconds to add to the browser's clock to get the server's: due times are judged on the server's clock. */
export function clockOffset(config: AppConfig, receivedAt: number): number {
  return Date.parse(config.serverTime) - receivedAt;
}
