import { html, type SafeHtml } from '../html/escape';
import { frameDocument } from '../html/layout';
import { LOGIN_PATH } from '../routes';
import type { Ctx } from './context';

// Log in, log out and the Home workspace page.

export function loginPage(): SafeHtml {
  return frameDocument({
    title: 'Log In',
    body: html`<form method="post" action="${LOGIN_PATH}" class="LoginForm"><p><label for="UserName">User Name</label><br><input type="text" id="UserName" name="UserName" class="form-control" autocomplete="username"></p>
<p><label for="Password">Password</label><br><input type="password" id="Password" name="Password" class="form-control" autocomplete="current-password"></p>
<p><button type="submit" id="LoginButton" class="btn btn-primary">Log In</button></p>
<p>This is a simulator: any user name and password will do.</p></form>`,
  });
}

export function loggedOutPage(): SafeHtml {
  return frameDocument({
    title: 'Logged Out',
    body: html`<p>You have logged out of ClientTrack.</p><p><a href="${LOGIN_PATH}">Log in again</a></p>`,
  });
}

export function homePage(ctx: Ctx): SafeHtml {
  return frameDocument({
    variant: ctx.variant,
    title: 'My ClientTrack',
    shell: {},
    body: html`<ul class="HomeLinks"><li><a href="${ctx.paths.annualAssessmentTool()}">Annual Assessment Tool</a></li><li><a href="${ctx.paths.milestoneReport()}">Client Milestone Age Status</a></li></ul>`,
  });
}
