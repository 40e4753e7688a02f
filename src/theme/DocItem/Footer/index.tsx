/** The end of every doc page, wrapped to add the lesson's completion status and the way to the next lesson. */
import Footer from '@theme-original/DocItem/Footer';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import LessonStatus from '@site/src/components/LessonStatus';

export default function FooterWrapper() {
  const { metadata } = useDoc();
  const next = metadata.next ? { title: metadata.next.title, permalink: metadata.next.permalink } : undefined;
  return (
    <>
      <LessonStatus docId={metadata.id} permalink={metadata.permalink} title={metadata.title} next={next} />
      <Footer />
    </>
  );
}
