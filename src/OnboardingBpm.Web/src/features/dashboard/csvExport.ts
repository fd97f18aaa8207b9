/**
 * The KPI history as CSV. A plain link cannot carry the bearer token, so the file is fetched with it and handed to
 * the browser as a blob download; a refusal shows the server's problem message.
 */
export async function downloadKpiCsv(token: () => Promise<string | null>, segment: string): Promise<void> {
  const accessToken = await token();
  const response = await fetch(`/api/kpis/history.csv?segment=${encodeURIComponent(segment)}`, {
    headers: { authorization: `Bearer ${accessToken ?? ''}`, accept: 'text/csv' },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new Error(problem.detail ?? problem.title ?? 'The KPI history could not be exported.');
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `kpi-history-${segment}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
