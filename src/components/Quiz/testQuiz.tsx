/** A small quiz with one question of every type, written as an author would write it (for tests). */
import type { ReactNode } from 'react';
import { storeQuizConnection } from '@site/src/components/QuizProgressBridge/storeQuizConnection';
import { FakeStorage, setupStore } from '@site/src/progress/testHelpers';
import Quiz, { Answer, Explanation, Hint, Item, Match, Option, Question, Statement } from '.';
import { QuizConnectionContext } from './quizConnection';

/** `checkedAtBuild` is on by default, as the build sets it on every valid quiz of a lesson. */
export function SampleQuiz({
  mode = 'practice',
  checkedAtBuild = true,
}: {
  mode?: 'practice' | 'test';
  checkedAtBuild?: boolean;
}) {
  return (
    <Quiz id="sample" title="Sample quiz" mode={mode} shuffle={false} checkedAtBuild={checkedAtBuild}>
      <Question id="s-single" type="single" teaches="#title-i">
        <p>Which title of the DPA sets priorities?</p>
        <Option correct>Title I</Option>
        <Option feedback="Title III pays for new capacity; it does not rank orders.">Title III</Option>
        <Hint>It is the first one.</Hint>
        <Hint>Really, the first.</Hint>
        <Explanation>
          <p>Title I covers priorities and allocations.</p>
        </Explanation>
      </Question>
      <Question id="s-multiple" type="multiple">
        <p>Which are statutes?</p>
        <Option correct>FASCSA</Option>
        <Option correct>Section 889</Option>
        <Option feedback="A usage policy is a company document, not a law.">A usage policy</Option>
        <Explanation>
          <p>Both are laws passed by Congress.</p>
        </Explanation>
      </Question>
      <Question id="s-tf" type="truefalse" answer="false">
        <p>Directive 3000.09 bans autonomous weapons.</p>
        <Explanation>
          <p>It sets review rules; it bans nothing outright.</p>
        </Explanation>
      </Question>
      <Question id="s-order" type="ordering">
        <p>Earliest first.</p>
        <Item>1950</Item>
        <Item>2020</Item>
        <Item>2026</Item>
        <Explanation>
          <p>Chronology.</p>
        </Explanation>
      </Question>
      <Question id="s-match" type="matching">
        <p>Match each law.</p>
        <Match term="DPA">compels</Match>
        <Match term="FASCSA">excludes</Match>
        <Explanation>
          <p>One compels, one excludes.</p>
        </Explanation>
      </Question>
      <Question id="s-classify" type="classify" categories="Fact | Opinion">
        <p>Sort these.</p>
        <Statement category="Fact">The DPA dates from 1950.</Statement>
        <Statement category="Opinion" feedback="It is a judgement, so an opinion.">
          The DPA is too strong.
        </Statement>
        <Explanation>
          <p>Dates are facts; judgements are opinions.</p>
        </Explanation>
      </Question>
      <Question id="s-short" type="short">
        <p>Which company sued?</p>
        <Answer>Anthropic</Answer>
        <Explanation>
          <p>Anthropic filed suit.</p>
        </Explanation>
      </Question>
    </Quiz>
  );
}

/**
 * A progress store over fake browser storage, and a wrapper that connects quizzes to it as the site
 * does. `reload()` saves, then opens a new store on the same storage: what a page reload sees.
 */
export function quizStore(storage = new FakeStorage()) {
  const { store, timers } = setupStore(storage);
  const connection = storeQuizConnection(store, {});
  const wrap = (ui: ReactNode) => (
    <QuizConnectionContext.Provider value={connection}>{ui}</QuizConnectionContext.Provider>
  );
  const reload = () => {
    store.flush();
    return quizStore(storage);
  };
  return { store, storage, timers, wrap, reload };
}
