import { defineRule, expectedEverywhere, outcome } from '../rule.ts';

// PLACEHOLDER: being written; reports n/a until then.
export default defineRule({
  id: 'next-step',
  meta: {
    title: 'next-step',
    description: '',
    source: '',
    weight: 1,
    expectation: expectedEverywhere('optional'),
    messages: { notApplicable: { message: 'Not graded yet.', suggestion: '' } },
  },
  check() {
    return outcome.notApplicable('notApplicable');
  },
});
