/**
 * The course title and the checker's address for certificates, from the site config (a Docusaurus
 * alias that only a build has: unit tests mock this file).
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';

export function useCertificateSite(): { course: string; checkPath: string } {
  const { siteConfig } = useDocusaurusContext();
  return { course: siteConfig.title, checkPath: useBaseUrl('/certificate') };
}
