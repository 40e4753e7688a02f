// cspell:words fieldentry fieldlabel identifierref idents imsmanifest imsqti itemfeedback linkrefid mattext qtimetadatafield rcardinality respcondition respident setvar varequal xmlv
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBankQuestion } from './bank';
import { questionToQtiItem } from './qti';
import {
  assessmentPath,
  CANVAS_SETTINGS_TYPE,
  courseToQtiZip,
  qtiManifest,
  quizToQtiAssessment,
  settingsPath,
} from './qtiPackage';
import { byTag, everyType, hostileQuestions, parseXml, sampleBank } from './testFixtures';

const itemDoc = (question: (typeof everyType)[number]) =>
  parseXml(`<root>${questionToQtiItem(toBankQuestion(question))}</root>`);

const metadataField = (doc: Document, label: string) =>
  byTag(doc, 'qtimetadatafield')
    .find((field) => byTag(field, 'fieldlabel')[0]?.textContent === label)
    ?.getElementsByTagName('fieldentry')[0]?.textContent;

describe('questionToQtiItem', () => {
  it('gives each question Canvas’s question type; ordering and classify become matching', () => {
    expect(everyType.map((question) => metadataField(itemDoc(question), 'question_type'))).toEqual([
      'multiple_choice_question',
      'multiple_answers_question',
      'true_false_question',
      'matching_question',
      'matching_question',
      'matching_question',
      'short_answer_question',
    ]);
  });

  it('carries points and scores the right choice 100', () => {
    const doc = itemDoc(everyType[0]!);
    expect(metadataField(doc, 'points_possible')).toBe('1.0');
    const scoring = byTag(doc, 'respcondition').find((condition) => byTag(condition, 'setvar').length > 0)!;
    expect(byTag(scoring, 'varequal').map((node) => node.textContent)).toEqual(['1']);
    expect(byTag(scoring, 'setvar')[0]?.textContent).toBe('100');
  });

  it('requires exactly the right boxes for multiple answers', () => {
    const doc = itemDoc(everyType[1]!);
    expect(metadataField(doc, 'points_possible')).toBe('2.0');
    expect(byTag(doc, 'not')).toHaveLength(2);
    expect(byTag(doc, 'response_lid')[0]?.getAttribute('rcardinality')).toBe('Multiple');
  });

  it('shares the marks between matching terms and offers every category once for classify', () => {
    const doc = itemDoc(everyType[5]!);
    const lids = byTag(doc, 'response_lid');
    expect(lids).toHaveLength(4);
    expect(byTag(lids[0]!, 'response_label')).toHaveLength(3);
    expect(byTag(doc, 'setvar').map((node) => node.textContent)).toEqual(['25', '25', '25', '25']);
  });

  it('keeps the explanation and per-option feedback as item feedback', () => {
    const doc = itemDoc(everyType[0]!);
    expect(byTag(doc, 'itemfeedback').map((node) => node.getAttribute('ident'))).toEqual([
      'general_fb',
      '1_fb',
      '2_fb',
      '3_fb',
    ]);
  });

  it.each(hostileQuestions.map((question) => [question.id, question] as const))(
    'writes hostile text as escaped, well-formed XML: %s',
    (_, question) => {
      const doc = parseXml(`<root>${questionToQtiItem(toBankQuestion(question))}</root>`);
      expect(byTag(doc, 'script')).toHaveLength(0);
      // mattext holds HTML as escaped text: once unescaped, only the tags built by markup.ts may appear.
      for (const mattext of byTag(doc, 'mattext')) {
        const tags = [...(mattext.textContent ?? '').matchAll(/<\/?([a-z]+)/gi)].map((match) => match[1]);
        expect(tags.filter((tag) => !['p', 'em', 'strong', 'code', 'a'].includes(tag ?? ''))).toEqual([]);
      }
    },
  );
});

describe('the QTI package', () => {
  it('is one well-formed assessment per quiz with every question as an item', () => {
    for (const quiz of sampleBank.quizzes) {
      const doc = parseXml(quizToQtiAssessment(quiz));
      const assessment = byTag(doc, 'assessment')[0]!;
      expect(assessment.getAttribute('title')).toBe(quiz.title);
      expect(byTag(doc, 'item')).toHaveLength(quiz.questions.length);
    }
  });

  it('unzips to a manifest that lists every assessment and its Canvas settings, and nothing else', () => {
    const files = unzipSync(courseToQtiZip(sampleBank));
    const manifest = parseXml(new TextDecoder().decode(files['imsmanifest.xml']));
    const resources = byTag(manifest, 'resource');
    expect(resources.map((resource) => resource.getAttribute('type'))).toEqual([
      'imsqti_xmlv1p2',
      CANVAS_SETTINGS_TYPE,
      'imsqti_xmlv1p2',
      CANVAS_SETTINGS_TYPE,
    ]);
    const listed = resources.map((resource) => byTag(resource, 'file')[0]?.getAttribute('href'));
    expect(listed).toEqual(sampleBank.quizzes.flatMap((quiz) => [assessmentPath(quiz), settingsPath(quiz)]));
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...listed].sort());
    for (const href of listed) parseXml(new TextDecoder().decode(files[href!]));
  });

  it('is byte-identical from one build to the next', () => {
    expect(courseToQtiZip(sampleBank)).toEqual(courseToQtiZip(sampleBank));
  });

  it('gives the manifest identifiers that are XML names, as IMS Content Packaging requires', () => {
    const idents = [...qtiManifest(sampleBank).matchAll(/ (?:identifier|identifierref)="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(idents.length).toBeGreaterThan(4);
    expect(idents.filter((ident) => !/^[A-Za-z_][\w.-]*$/.test(ident ?? ''))).toEqual([]);
  });
});
