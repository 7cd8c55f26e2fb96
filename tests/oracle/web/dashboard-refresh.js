// Browser suite (c): the dashboard keeps an account alive with its refresh token. The page starts with a saved account
// whose access token has expired (the refresh token is real, from a login this process makes): loading the exams and
// subscribing must refresh first, save the rotated tokens, and still show a live update. A saved account whose refresh
// token is refused ends on the sign-in form.
// stdin: { base, chromium, webDir, screenshotDir, author: { email, password }, examId, answer: { token, sessionId, questionId, choiceIds } }
'use strict';
const { launch, screenshot, graphql, run } = require('./browser');

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { displayName roles } errors { message } } }`;
const ANSWER = `mutation Answer($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;
const KEY = 'studygraph.dashboard.account';

async function withSavedAccount(context, base, account) {
  const page = await context.newPage();
  await page.goto(`${base}/dashboard`, { waitUntil: 'load' }); // same origin, so the storage is the dashboard's
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [KEY, JSON.stringify(account)]);
  await page.reload({ waitUntil: 'load' });
  return page;
}

run(async (input) => {
  const { browser, context, fence } = await launch(input);
  const out = { screenshots: [] };
  try {
    const login = await graphql(input.base, LOGIN, { input: { email: input.author.email, password: input.author.password } });
    const signedIn = login.body.data.login;
    out.loginErrors = signedIn.errors;
    const expired = {
      // An access token the server refuses (expired an hour ago, per the saved expiry); the refresh token is good.
      tokens: { accessToken: 'expired.access.token', refreshToken: signedIn.refreshToken, accessTokenExpiresAt: new Date(Date.now() - 3600_000).toISOString() },
      displayName: signedIn.user.displayName,
      roles: signedIn.user.roles,
    };
    const page = await withSavedAccount(context, input.base, expired);
    await page.waitForSelector('[data-testid=who]', { timeout: 10000 });
    out.who = await page.textContent('[data-testid=who]');
    await page.waitForSelector(`[data-testid=exam-select] option[value="${input.examId}"]`, { state: 'attached', timeout: 10000 }).catch(() => undefined);
    out.examsLoaded = (await page.$(`[data-testid=exam-select] option[value="${input.examId}"]`)) !== null;
    const saved = JSON.parse(await page.evaluate((key) => sessionStorage.getItem(key), KEY));
    out.refreshRotated = saved.tokens.refreshToken !== signedIn.refreshToken;
    out.savedExpiryInFuture = Date.parse(saved.tokens.accessTokenExpiresAt) > Date.now();
    if (out.examsLoaded) {
      await page.selectOption('[data-testid=exam-select]', input.examId);
      await page.waitForSelector('[data-testid=activity][data-connected=true]', { timeout: 10000 }).catch(() => undefined);
      await page.waitForTimeout(500);
      const before = Number(await page.getAttribute('[data-testid=activity]', 'data-updates'));
      const answer = await graphql(input.base, ANSWER, { input: { sessionId: input.answer.sessionId, questionId: input.answer.questionId, choiceIds: input.answer.choiceIds } }, input.answer.token);
      out.answerErrors = answer.body.errors ?? null;
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid=activity]').dataset.updates) > n, before, { timeout: 10000 }).catch(() => undefined);
      out.liveUpdate = Number(await page.getAttribute('[data-testid=activity]', 'data-updates')) > before;
      out.activityError = await page.evaluate(() => document.querySelector('[data-testid=activity-error]')?.textContent ?? null);
    }
    out.screenshots.push(await screenshot(page, input.screenshotDir, 'dashboard-refreshed.png'));

    // The old refresh token was rotated away: a page still holding it is signed out.
    const stale = await withSavedAccount(context, input.base, expired); // a new tab: its own sessionStorage
    await stale.waitForSelector('[data-testid=sign-in]', { timeout: 10000 }).catch(() => undefined);
    out.staleSignedOut = (await stale.$('[data-testid=sign-in]')) !== null && (await stale.$('[data-testid=who]')) === null;
    out.screenshots.push(await screenshot(stale, input.screenshotDir, 'dashboard-stale-refresh.png'));
  } finally {
    out.fence = fence;
    await browser.close();
  }
  return out;
});
