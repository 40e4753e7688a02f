// @vitest-environment node
/**
 * The labelling rule (Lesson 4.1, "One rule for 'X said that …'") on every classify statement,
 * the lessons' labelled tables and the timeline; and small lessons that break it, to show each
 * check fails.
 */
import { timeline } from '../../src/data/timeline';
import type { TimelineEvent } from '../../src/data/timeline';
import {
  attributionOf,
  attributionProblems,
  datesIn,
  labelledStatements,
  statementTimelineProblems,
  tableTimelineProblems,
} from './labels';
import { LESSON_PATTERN, docFiles, readDoc, readLesson } from './lessonFiles';

const lessons = docFiles()
  .filter((file) => LESSON_PATTERN.test(file))
  .map((file) => readLesson(file, readDoc(file)));
const statements = labelledStatements(lessons);

describe('the labelling rule on the real course', () => {
  it('finds the Fact / Reported claim / Opinion statements of the lessons', () => {
    expect(statements.length).toBeGreaterThan(40);
  });

  it('keys no statement that opens with an attribution as a fact, and every "X reported" as a reported claim', () => {
    expect(attributionProblems(statements)).toEqual([]);
  });

  it('keys every dated statement about a timeline event with the timeline’s label', () => {
    expect(statementTimelineProblems(statements, timeline)).toEqual([]);
  });

  it('labels every row of a lesson’s labelled table as the timeline labels its event, marker included', () => {
    expect(tableTimelineProblems(lessons, timeline)).toEqual([]);
  });
});

const event = (extra: Partial<TimelineEvent>): TimelineEvent => ({
  date: '2026-09-25',
  title: 'D.C. Circuit upholds the §4713 designation',
  description: 'A divided panel upheld the designation.',
  label: 'fact',
  sources: [{ title: 'Report', url: 'https://example.org/', publisher: 'Example' }],
  unit: 1,
  ...extra,
});

const classify = (...items: [string, string][]) => `<Quiz id="q">

<Question id="q-labels" type="classify" categories="Fact | Reported claim | Opinion" teaches="#x">

Sort.

${items.map(([category, text]) => `<Statement category="${category}" feedback="Why.">${text}</Statement>`).join('\n')}

<Explanation>

Why.

</Explanation>

</Question>

</Quiz>
`;
const statementsOf = (...items: [string, string][]) =>
  labelledStatements([readLesson('docs/unit-9-x/01-x.mdx', classify(...items))]);

describe('attributionOf', () => {
  it.each([
    ['Hegseth said on 27 February 2026 that Anthropic wanted a veto.', 'Hegseth', 'said'],
    ['A Venezuelan official said at least 40 people died.', 'A Venezuelan official', 'said'],
    [
      'The Wall Street Journal reported on 13 February 2026 that Claude was used.',
      'The Wall Street Journal',
      'reported',
    ],
    [
      "Anthropic's statement of 26 February 2026 called the threats contradictory.",
      "Anthropic's statement of 26 February 2026",
      'called',
    ],
    ['According to CNBC, the court upheld the designation.', 'CNBC', 'according to'],
    ['On 5 October 2026, the department told the BBC that it had stopped.', 'the department', 'told'],
  ])('finds the attribution in "%s"', (text, speaker, verb) => {
    expect(attributionOf(text)).toEqual({ speaker, verb });
  });

  it.each([
    'The D.C. Circuit upheld the §4713 designation on 25 September 2026.',
    'US forces captured Nicolás Maduro and his wife in Caracas on 3 January 2026.',
    'Anthropic announced Claude Gov in June 2025.',
    'Grok is a fascistic AI system.',
  ])('finds none in the plainly stated "%s"', (text) => {
    expect(attributionOf(text)).toBeUndefined();
  });
});

describe('the checks fail on statements that break the rule', () => {
  it('reports an attributed statement keyed Fact, naming the file, question and fix', () => {
    const problems = attributionProblems(
      statementsOf(['Fact', 'OpenAI said its agreement rules out domestic surveillance.']),
    );
    expect(problems).toEqual([
      'docs/unit-9-x/01-x.mdx question "q-labels": "OpenAI said its agreement rules out domestic surveillance." opens with an attribution ("OpenAI said") but is keyed Fact. Label the claim inside it; if that claim is a fact, state it plainly without "said".',
    ]);
  });

  it('reports "X reported …" keyed as anything but a reported claim', () => {
    const problems = attributionProblems(
      statementsOf([
        'Opinion',
        'TechCrunch reported on 28 August 2026 that the judge ruled the measures unlawful.',
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/keyed Opinion\. A claim that rests on a report is a reported claim/);
  });

  it('accepts attributed reported claims and opinions, and plain facts', () => {
    const ok = statementsOf(
      ['Reported claim', 'A Venezuelan official said at least 40 people died.'],
      ['Opinion', 'Hegseth said that Anthropic wanted a veto over military decisions.'],
      ['Fact', 'On 26 February 2026 Anthropic refused to drop its two contract exceptions.'],
    );
    expect(attributionProblems(ok)).toEqual([]);
  });

  it('reports a dated statement keyed differently from its timeline event, and only that one', () => {
    const events = [
      event({}),
      event({ date: '2026-03-26', title: 'Judge blocks the designation', description: 'An injunction.' }),
    ];
    const problems = statementTimelineProblems(
      statementsOf(
        ['Reported claim', 'The D.C. Circuit upheld the §4713 designation 2–1 on 25 September 2026.'],
        ['Fact', 'Judge Lin granted an injunction blocking the designation on 26 March 2026.'],
        ['Reported claim', 'Claude was used in the 3 January 2026 raid on Caracas.'],
      ),
      events,
    );
    expect(problems).toEqual([
      'docs/unit-9-x/01-x.mdx question "q-labels": "The D.C. Circuit upheld the §4713 designation 2–1 on 25 September 2026." is keyed Reported claim, but the timeline labels "D.C. Circuit upholds the §4713 designation" (2026-09-25) Fact.',
    ]);
  });

  it('reports a table row whose label differs from the timeline, or that leaves out “read in summaries”', () => {
    const lesson = readLesson(
      'docs/unit-9-x/01-x.mdx',
      `| Date | What happened | Status of the information |
|---|---|---|
| 25 September 2026 | The panel upholds the §4713 designation. | Reported: CNBC |
| 26 March 2026 | Judge blocks the designation. | Fact |
| By 26 November 2026 | Nothing more. | Gap in the record |
`,
    );
    const events = [
      event({ readInSummaries: true }),
      event({ date: '2026-03-26', title: 'Judge blocks the designation', description: 'An injunction.' }),
    ];
    expect(tableTimelineProblems([lesson], events)).toEqual([
      'docs/unit-9-x/01-x.mdx:3 (25 September 2026) is labelled Reported claim, but the timeline labels "D.C. Circuit upholds the §4713 designation" Fact.',
      'docs/unit-9-x/01-x.mdx:3 (25 September 2026) does not say that the course read "D.C. Circuit upholds the §4713 designation" only in summaries, as the timeline does.',
    ]);
  });

  it('reads written-out dates', () => {
    expect(datesIn('from 2 and 6 April 2026 to 25 September 2026')).toEqual(['2026-04-02', '2026-09-25']);
  });
});
