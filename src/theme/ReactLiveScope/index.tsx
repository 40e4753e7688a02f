/**
 * What the live, editable examples in the instructor guide can use: React and the quiz components,
 * so an instructor can change a question and see it work before editing a lesson.
 */
import React from 'react';
import Quiz, {
  Answer,
  Explanation,
  Hint,
  Item,
  Match,
  Option,
  Question,
  Statement,
} from '@site/src/components/Quiz';

const ReactLiveScope = {
  React,
  ...React,
  Quiz,
  Question,
  Option,
  Item,
  Match,
  Statement,
  Answer,
  Hint,
  Explanation,
};

export default ReactLiveScope;
