/**
 * What the live, editable examples in the instructor guide can use: React and the quiz components,
 * so an instructor can change a question and see it work before editing a lesson.
 */
import React from 'react';
import { QUIZ_COMPONENTS } from '@site/src/components/Quiz';

const ReactLiveScope = {
  React,
  ...React,
  ...QUIZ_COMPONENTS,
};

export default ReactLiveScope;
