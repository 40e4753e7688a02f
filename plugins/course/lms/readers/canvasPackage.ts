// cspell:words imsmanifest imsqti xmlv
/**
 * Test helper: a QTI .zip as Canvas imports it: the quizzes its manifest lists, each quiz's
 * settings from assessment_meta.xml, and every item through canvasQti.ts.
 */
import { canvasItem, type CanvasItem } from './canvasQti';

export interface CanvasQuiz {
  /** assessment_test_converter.rb, parse_quiz_data: the assessment's identifier after conversion. */
  migrationId: string;
  title: string;
  /** What quiz_metadata_converter.rb, get_quiz_meta, read; empty when Canvas found no settings file. */
  settings: Record<string, string | number | boolean>;
  items: CanvasItem[];
}

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

/** Canvas::Migration::XMLHelper: get_node_val takes the first element of that name anywhere below. */
const nodeVal = (doc: Document, name: string) =>
  doc.getElementsByTagNameNS('*', name)[0]?.textContent ?? undefined;

/** get_quiz_meta, with get_bool_val's /true|yes|t|y|1/i, get_int_val's to_i and get_float_val. */
function quizMeta(doc: Document): CanvasQuiz['settings'] {
  const settings: CanvasQuiz['settings'] = {};
  for (const name of ['title', 'description', 'quiz_type', 'scoring_policy', 'hide_results', 'access_code']) {
    const value = nodeVal(doc, name);
    if (value !== undefined) settings[name] = value;
  }
  for (const name of ['points_possible', 'time_limit', 'allowed_attempts']) {
    const value = nodeVal(doc, name);
    if (value !== undefined && value !== '')
      settings[name] = name === 'points_possible' ? parseFloat(value) : parseInt(value, 10);
  }
  for (const name of [
    'shuffle_answers',
    'show_correct_answers',
    'available',
    'one_question_at_a_time',
    'cant_go_back',
  ]) {
    const value = nodeVal(doc, name);
    if (value !== undefined) settings[name] = /true|yes|t|y|1/i.test(value);
  }
  return settings;
}

/** Every quiz the package's manifest lists, as Canvas would create it. */
export function importCanvasPackage(files: Record<string, Uint8Array>): CanvasQuiz[] {
  const manifest = parse(decode(files['imsmanifest.xml']));
  const resources = [...manifest.getElementsByTagNameNS('*', 'resource')];
  // post_process_assessments: settings come only from a learning-application-resource's files.
  const settingsFiles = new Set(
    resources
      .filter((resource) => (resource.getAttribute('type') ?? '').endsWith('learning-application-resource'))
      .flatMap((resource) =>
        [...resource.getElementsByTagNameNS('*', 'file')].map((file) => file.getAttribute('href') ?? ''),
      )
      .filter((href) => href.endsWith('assessment_meta.xml')),
  );
  return resources
    .filter((resource) => resource.getAttribute('type') === 'imsqti_xmlv1p2')
    .map((resource) => {
      const doc = parse(decode(files[resource.getAttribute('href') ?? '']));
      const assessment = doc.getElementsByTagNameNS('*', 'assessment')[0];
      // imsqtiv1.py, AssessmentV1.SetAttribute_ident: colons become hyphens.
      const migrationId = (assessment?.getAttribute('ident') ?? '').replace(/:/g, '-');
      const metaPath = `${migrationId}/assessment_meta.xml`;
      const meta = settingsFiles.has(metaPath) ? files[metaPath] : undefined;
      return {
        migrationId,
        title: assessment?.getAttribute('title') ?? '',
        settings: meta ? quizMeta(parse(decode(meta))) : {},
        items: [...doc.getElementsByTagNameNS('*', 'item')].map(canvasItem),
      };
    });
}
