// Browser suite (b): the dashboard signs in as an author, subscribes to examActivity for an exam, and shows an
// update caused by a submitAnswer that another client (this Node process, not the browser) sends through the API.
// stdin: { base, chromium, webDir, screenshotDir, author: { email, password }, examId, answer: { token, sessionId, questionId, choiceIds } }
'use strict';
const { launch, screenshot, graphql, run } = require('./browser');

const ANSWER = `mutation Answer($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct nextAction } }`;

const panel = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid=activity]');
    const text = (id) => document.querySelector(`[data-testid=${id}]`)?.textContent ?? null;
    return {
      updates: Number(el?.dataset.updates ?? -1),
      lastUpdateMs: Number(el?.dataset.lastUpdateMs ?? 0),
      connected: el?.dataset.connected === 'true',
      activeSessions: text('active-sessions'),
      answersPerMinute: text('answers-per-minute'),
      accuracy: text('accuracy'),
      error: text('activity-error'),
      chartPoints: Number(document.querySelector('[data-testid=accuracy-chart]')?.getAttribute('data-points') ?? -1),
      chartDots: document.querySelectorAll('[data-testid=accuracy-chart] circle').length,
    };
  });

run(async (input) => {
  const { browser, context, fence } = await launch(input);
  const out = { screenshots: [] };
  try {
    const page = await context.newPage();
    const response = await page.goto(`${input.base}/dashboard`, { waitUntil: 'load' });
    out.pageStatus = response.status();
    await page.fill('input[name=email]', input.author.email);
    await page.fill('input[name=password]', input.author.password);
    await page.click('[data-testid=sign-in] button[type=submit]');
    await page.waitForSelector('[data-testid=who]', { timeout: 10000 });
    out.who = await page.textContent('[data-testid=who]');
    await page.waitForSelector(`[data-testid=exam-select] option[value="${input.examId}"]`, { state: 'attached', timeout: 10000 });
    await page.selectOption('[data-testid=exam-select]', input.examId);
    await page.waitForSelector('[data-testid=activity][data-connected=true]', { timeout: 10000 });
    // The server may send the current view on subscribe; wait briefly for it so it is not mistaken for the update.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=activity]').dataset.updates) > 0, null, { timeout: 1500 }).catch(() => undefined);
    await page.waitForTimeout(300);
    out.before = await panel(page);
    out.screenshots.push(await screenshot(page, input.screenshotDir, 'dashboard-before.png'));

    const sentAt = Date.now();
    const answer = await graphql(input.base, ANSWER, { input: { sessionId: input.answer.sessionId, questionId: input.answer.questionId, choiceIds: input.answer.choiceIds } }, input.answer.token);
    out.answeredAfterMs = Date.now() - sentAt;
    out.answerStatus = answer.status;
    out.answerErrors = answer.body.errors ?? null;
    out.answer = answer.body.data?.submitAnswer ?? null;
    await page
      .waitForFunction((n) => Number(document.querySelector('[data-testid=activity]').dataset.updates) > n, out.before.updates, { timeout: 10000 })
      .catch(() => undefined);
    out.after = await panel(page);
    // The page stamps each update with Date.now(): the same clock as sentAt (one machine).
    out.updateLatencyMs = out.after.updates > out.before.updates ? out.after.lastUpdateMs - sentAt : null;
    out.screenshots.push(await screenshot(page, input.screenshotDir, 'dashboard-after.png'));
  } finally {
    out.fence = fence;
    await browser.close();
  }
  return out;
});
