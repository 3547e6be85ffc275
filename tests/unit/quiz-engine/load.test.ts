import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/quiz-engine/build/load.ts';
import { FILE, problemsOf, quizText, validQuiz } from './helpers.ts';

// Each quiz below starts its questions on line 5 (see quizText). The messages are pinned: they are what an author
// reads, so a change to one should be a decision, not an accident.

const choice = (id: string, extra = '') => `  - id: ${id}
    type: single-choice
    prompt: Which of these is a warning sign?
    checks: warning-signs
    options:
      - { id: a, text: A friend from school, feedback: Someone you know is not a warning sign. }
      - { id: b, text: A stranger who moves fast, feedback: Moving fast is a common trick. }
    correct: b
${extra}`;

describe('parseQuiz: a valid quiz', () => {
  it('reads every question type', () => {
    const quiz = validQuiz();
    expect(quiz.questions.map((q) => q.type)).toEqual([
      'single-choice',
      'multiple-response',
      'true-false',
      'sequencing',
      'matching',
    ]);
  });

  it('reads unquoted digits as ids and numbers as text', () => {
    const quiz = validQuiz();
    const matching = quiz.questions[4];
    expect(matching?.type === 'matching' && matching.sources[1]).toEqual({ id: 'b', text: 'Childline', match: '2' });
    const result = parseQuiz(
      FILE,
      quizText(`  - id: emergency-number
    type: single-choice
    prompt: Which number do you call in an emergency in Europe?
    checks: report-it
    options:
      - { id: 1, text: 112, feedback: Yes. 112 works across Europe. }
      - { id: 2, text: 116 111, feedback: 116 111 is the child helpline to talk to. }
    correct: 1
`),
    );
    expect(result.ok && result.quiz.questions[0]).toMatchObject({
      correct: '1',
      options: [
        { id: '1', text: '112' },
        { id: '2', text: '116 111' },
      ],
    });
  });
});

describe('parseQuiz: the right answer', () => {
  it('refuses a single-choice question without a right answer', () => {
    expect(problemsOf(quizText(choice('spot-the-fake-profile').replace('    correct: b\n', '')))).toEqual([
      `${FILE}:5: question "spot-the-fake-profile", field "correct": is required but missing`,
    ]);
  });

  it('refuses a right answer that names no option', () => {
    expect(problemsOf(quizText(choice('spot-the-fake-profile').replace('correct: b', 'correct: c')))).toEqual([
      `${FILE}:12: question "spot-the-fake-profile", field "correct": names option "c", which this question does not have; its options are "a", "b"`,
    ]);
  });

  it('refuses a list as the answer of a single-choice question', () => {
    expect(problemsOf(quizText(choice('spot-the-fake-profile').replace('correct: b', 'correct: [a, b]')))).toEqual([
      `${FILE}:12: question "spot-the-fake-profile", field "correct": must be the id of the one right option, such as "b"; for more than one right answer use type "multiple-response"`,
    ]);
  });

  const multiple = (correct: string) => `  - id: what-to-keep
    type: multiple-response
    prompt: Which of these should you keep?
    checks: keep-evidence
    options:
      - { id: a, text: Screenshots of the chat, feedback: Yes. They show what was said. }
      - { id: b, text: The images, feedback: No. Never keep or forward the images. }
      - { id: c, text: The username, feedback: Yes. It helps find the account. }
    correct: ${correct}
`;

  it('refuses a multiple-response question with an empty list', () => {
    expect(problemsOf(quizText(multiple('[]')))).toEqual([
      `${FILE}:13: question "what-to-keep", field "correct": is empty; list every right option, such as [a, c]`,
    ]);
  });

  it('refuses unknown and repeated options in a multiple-response answer, and a single id', () => {
    expect(problemsOf(quizText(multiple('[a, e, a]')))).toEqual([
      `${FILE}:13: question "what-to-keep", field "correct": names option "e", which this question does not have; its options are "a", "b", "c"`,
      `${FILE}:13: question "what-to-keep", field "correct": names option "a" twice`,
    ]);
    expect(problemsOf(quizText(multiple('a')))).toEqual([
      `${FILE}:13: question "what-to-keep", field "correct": must be a list of option ids, such as [a, c]`,
    ]);
  });
});

describe('parseQuiz: option ids', () => {
  it('refuses an option id used twice in a question', () => {
    const text = quizText(
      choice('spot-the-fake-profile').replace('{ id: b,', '{ id: a,').replace('correct: b', 'correct: a'),
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:11: question "spot-the-fake-profile", option 2, field "id": option id "a" is used twice in this question (options 1 and 2); give each option its own letter or digit`,
    ]);
  });

  it('refuses an option id that is not one lowercase letter or digit', () => {
    for (const id of ['ab', 'B', '10', "'-'"]) {
      const text = quizText(
        choice('spot-the-fake-profile').replace('{ id: b,', `{ id: ${id},`).replace('correct: b', 'correct: a'),
      );
      expect(problemsOf(text)).toEqual([
        `${FILE}:11: question "spot-the-fake-profile", option 2, field "id": must be one lowercase letter or digit, such as "a" or "1" (SCORM 1.2 reports answers as single characters)`,
      ]);
    }
  });

  it('refuses a single-choice question with one option', () => {
    const text = quizText(choice('spot-the-fake-profile').replace(/ {6}- \{ id: b.*\n/, ''));
    expect(problemsOf(text)).toEqual([
      `${FILE}:9: question "spot-the-fake-profile", field "options": needs at least two options`,
      `${FILE}:11: question "spot-the-fake-profile", field "correct": names option "b", which this question does not have; its options are "a"`,
    ]);
  });
});

describe('parseQuiz: feedback', () => {
  it('explains a comma inside { } that cuts a text short', () => {
    const text = quizText(
      choice('spot-the-fake-profile').replace(
        'feedback: Moving fast is a common trick.',
        'feedback: Yes, moving fast is a trick., hint: x',
      ),
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:11: question "spot-the-fake-profile", option 2: reads "moving fast is a trick." as a field name: inside { } a comma ends a text, so put a text that has a comma in quotes ('Yes, it helps.') or write each field on a line of its own`,
      `${FILE}:11: question "spot-the-fake-profile", option 2: has an unknown field "hint"; the fields it can have are "id", "text", "feedback"`,
    ]);
  });

  it('refuses an option without feedback, or with empty feedback', () => {
    const text = quizText(`  - id: spot-the-fake-profile
    type: single-choice
    prompt: Which of these is a warning sign?
    checks: warning-signs
    options:
      - id: a
        text: A friend from school
      - id: b
        text: A stranger who moves fast
        feedback: '  '
    correct: b
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:10: question "spot-the-fake-profile", option 1, field "feedback": is required but missing`,
      `${FILE}:14: question "spot-the-fake-profile", option 2, field "feedback": is empty; write why this answer is right or not, to teach rather than catch out`,
    ]);
  });

  it('asks true/false questions for both feedbacks', () => {
    const text = quizText(`  - id: paying-ends-it
    type: true-false
    prompt: If you pay, the blackmailer will stop.
    checks: stop-dont-pay
    correct: false
    feedback:
      true: Paying usually brings more demands.
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:10: question "paying-ends-it", field "feedback.false": is required but missing`,
    ]);
  });

  it('asks for true or false without quotes', () => {
    const text = quizText(`  - id: paying-ends-it
    type: true-false
    prompt: If you pay, the blackmailer will stop.
    checks: stop-dont-pay
    correct: 'false'
    feedback: { true: Paying brings more demands., false: Right. }
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:9: question "paying-ends-it", field "correct": must be true or false (without quotes)`,
    ]);
  });

  it('asks sequencing and matching questions for the feedback on a right and a wrong answer', () => {
    const text = quizText(`  - id: what-to-do-first
    type: sequencing
    prompt: Put these steps in order.
    checks: tell-trusted-adult
    steps: [{ id: a, text: Stop replying }, { id: b, text: Take screenshots }, { id: c, text: Tell an adult }]
    feedback:
      correct: That order keeps you safest.
  - id: who-can-help
    type: matching
    prompt: Match each service to what it does.
    checks: report-it
    sources: [{ id: a, text: Take It Down, match: 1 }, { id: b, text: Childline, match: 2 }]
    targets: [{ id: 1, text: Removes images }, { id: 2, text: Listens and helps }]
    feedback:
      incorrect: ''
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:10: question "what-to-do-first", field "feedback.incorrect": is required but missing`,
      `${FILE}:18: question "who-can-help", field "feedback.correct": is required but missing`,
      `${FILE}:19: question "who-can-help", field "feedback.incorrect": is empty; write why this answer is right or not, to teach rather than catch out`,
    ]);
  });
});

describe('parseQuiz: sequencing and matching', () => {
  it('refuses a sequencing question with fewer than three steps, and a step id used twice', () => {
    const text = quizText(`  - id: what-to-do-first
    type: sequencing
    prompt: Put these steps in order.
    checks: tell-trusted-adult
    steps:
      - { id: a, text: Stop replying }
      - { id: a, text: Tell an adult }
    feedback: { correct: Right., incorrect: Stop replying first. }
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:9: question "what-to-do-first", field "steps": needs at least three steps, so that the shuffled order never gives the answer away`,
      `${FILE}:11: question "what-to-do-first", step 2, field "id": step id "a" is used twice in this question (steps 1 and 2); give each step its own letter or digit`,
    ]);
  });

  it('refuses a match with an unknown target, and fewer than two pairs or targets', () => {
    const text = quizText(`  - id: who-can-help
    type: matching
    prompt: Match each service to what it does.
    checks: report-it
    sources:
      - { id: a, text: Take It Down, match: '3' }
    targets:
      - { id: '1', text: Removes images }
    feedback: { correct: Right., incorrect: Look again. }
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:9: question "who-can-help", field "sources": needs at least two pairs to match`,
      `${FILE}:10: question "who-can-help", source 1, field "match": names target "3", which this question does not have; its targets are "1"`,
      `${FILE}:11: question "who-can-help", field "targets": needs at least two targets to choose from`,
    ]);
  });

  it('refuses an item or a target id used twice', () => {
    const text = quizText(`  - id: who-can-help
    type: matching
    prompt: Match each service to what it does.
    checks: report-it
    sources:
      - { id: a, text: Take It Down, match: '1' }
      - { id: a, text: Childline, match: '2' }
    targets:
      - { id: '1', text: Removes images }
      - { id: '1', text: Listens and helps }
    feedback: { correct: Right., incorrect: Look again. }
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:11: question "who-can-help", source 2, field "id": item id "a" is used twice in this question (items 1 and 2); give each item its own letter or digit`,
      `${FILE}:11: question "who-can-help", source 2, field "match": names target "2", which this question does not have; its targets are "1"`,
      `${FILE}:14: question "who-can-help", target 2, field "id": target id "1" is used twice in this question (targets 1 and 2); give each target its own letter or digit`,
    ]);
  });
});

describe('parseQuiz: question ids', () => {
  it('refuses ids that number questions by position', () => {
    for (const id of ['q1', 'question-3', '1', '3', 'Q2', 'question_4', 'quiz-q2', 'question-one', 'item-12']) {
      expect(problemsOf(quizText(choice(id)))).toEqual([
        `${FILE}:5: question "${id}", field "id": "${id}" numbers the question by its position; name it by what it asks, such as "spot-the-fake-profile", so that its id stays the same when questions are reordered`,
      ]);
    }
  });

  it('refuses ids outside the pattern', () => {
    for (const id of ['ab', 'Spot-The-Fake', 'spot_the_fake', '-spot', `x${'y'.repeat(64)}`]) {
      expect(problemsOf(quizText(choice(id)))).toEqual([
        `${FILE}:5: question "${id}", field "id": must be 3 to 64 lowercase letters, digits and "-", starting with a letter, such as "spot-the-fake-profile"`,
      ]);
    }
  });

  it('accepts ids that name the question, even with a number in them', () => {
    for (const id of ['spot-the-fake-profile', 'tell-no-one', 'call-112', 'warning-signs-2', 'first-message']) {
      expect(problemsOf(quizText(choice(id)))).toEqual([]);
    }
  });

  it('refuses a question id used twice, even when one of the questions is broken', () => {
    const text = quizText(
      choice('spot-the-fake-profile') + choice('spot-the-fake-profile').replace('    checks: warning-signs\n', ''),
    );
    expect(problemsOf(text)).toEqual([
      `${FILE}:13: question "spot-the-fake-profile", field "checks": is required but missing`,
      `${FILE}:13: question "spot-the-fake-profile", field "id": question id "spot-the-fake-profile" is already used by question 1; give each question its own id`,
    ]);
  });
});

describe('parseQuiz: the file', () => {
  it('names the quiz fields that are wrong or unknown', () => {
    const text = `id: Test Check
title: ''
scored: 'no'
shuffle: true
questions: []
`;
    expect(problemsOf(text)).toEqual([
      `${FILE}:1: field "id": must use lowercase letters, digits and "-", start with a letter, and be at most 64 characters`,
      `${FILE}:2: field "title": is empty; write the heading learners see`,
      `${FILE}:3: field "scored": must be true or false (without quotes)`,
      `${FILE}:4: the file: has an unknown field "shuffle"; the fields it can have are "id", "title", "scored", "questions"`,
      `${FILE}:5: field "questions": needs at least one question`,
    ]);
  });

  it('names an unknown question type, an unknown core message, an unknown field and a question that is not one', () => {
    const text = quizText(`  - id: spot-the-fake-profile
    type: essay
    prompt: Why?
    checks: warning-signs
  - id: what-to-keep
    type: true-false
    prompt: Keep the images as evidence.
    checks: keep-images
    correct: false
    hint: Think about it.
    feedback: { true: Never keep the images., false: Right. }
  - just a line of text
  - prompt: Which?
`);
    expect(problemsOf(text)).toEqual([
      `${FILE}:6: question "spot-the-fake-profile", field "type": must be one of "single-choice", "multiple-response", "true-false", "sequencing", "matching", not "essay"`,
      `${FILE}:12: question "what-to-keep", field "checks": must be one of "stop-dont-pay", "keep-evidence", "tell-trusted-adult", "report-it", "take-it-down", "not-your-fault", "help-a-friend", "warning-signs", not "keep-images"`,
      `${FILE}:14: question "what-to-keep": has an unknown field "hint"; the fields it can have are "id", "prompt", "checks", "type", "correct", "feedback"`,
      `${FILE}:16: question 3: must be a question with the fields "id", "type", "prompt" and "checks"`,
      `${FILE}:17: question 4, field "type": is required: one of "single-choice", "multiple-response", "true-false", "sequencing", "matching"`,
    ]);
  });

  it('says when the file is empty or not YAML', () => {
    expect(problemsOf('')).toEqual([
      `${FILE}: the file: must be a quiz with the fields "id", "title", "scored" and "questions"`,
    ]);
    expect(problemsOf('id: x\ntitle: [unclosed\n')).toEqual([
      `${FILE}:2: this list starts with [ but never ends; close it with ]`,
    ]);
  });
});
