import { html, raw, type SafeHtml } from './escape';
import { ASYNC_SCRIPT, FRAME_SCRIPT, SHELL_SCRIPT } from './scripts';
import { FRAME_STYLES, SHELL_STYLES } from './styles';
import { STANDARD, type Variant } from '../variant';

/** A section's title: an h2, or on a real instance (no heading markup seen) a plain block of text. */
export function sectionTitle(text: string, variant: Variant): SafeHtml {
  return variant.has('no-heading') ? html`<div class="SectionTitle">${text}</div>` : html`<h2>${text}</h2>`;
}

// Whole documents: a workspace page or dialog (loaded in a frame), and the app shell.

/** The workflow bar's content: the workflow's name and its steps, one of them current. */
export interface WorkflowBar {
  name: string;
  steps: { title: string; member?: string; current: boolean }[];
  /** The Cancel confirmation dialog. */
  cancelUrl: string;
}

export function workflowBar(bar: WorkflowBar): SafeHtml {
  return html`<div class="workflow-controls" role="region" aria-label="Workflow"><span class="WorkflowName">${bar.name}</span><ol class="WorkflowSteps">${bar.steps.map(
    (step) =>
      html`<li${step.current ? raw(' aria-current="step"') : ''}>${step.title}${step.member ? html` <span class="StepClient">(${step.member})</span>` : ''}</li>`,
  )}</ol><button type="button" class="btn" aria-label="Cancel the workflow" data-dialog="${bar.cancelUrl}">Cancel</button></div>`;
}

export interface FrameDocument {
  title: string;
  /** The client the page is about, "First Last". */
  client?: { id: string; name: string };
  /** Workspace pages update the shell's name and workflow bar; dialogs leave them alone. */
  shell?: { bar?: WorkflowBar };
  errors?: string[];
  notice?: string;
  body: SafeHtml;
  /** A dialog that closes itself on load: '' to stay, 'reload', or the URL to open in the workspace. */
  closeDialog?: string;
  variant?: Variant;
}

export function frameDocument(page: FrameDocument): SafeHtml {
  const variant = page.variant ?? STANDARD;
  // No heading markup has ever been seen on a real instance.
  const heading = !variant.has('no-heading');
  const closing = page.closeDialog === undefined ? '' : html` data-close-dialog="${page.closeDialog}"`;
  const update = page.shell
    ? html`<template id="ShellUpdate" data-client-name="${page.client?.name ?? ''}" data-client-id="${page.client?.id ?? ''}">${page.shell.bar ? workflowBar(page.shell.bar) : ''}</template>`
    : '';
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${heading ? `${page.title} - ClientTrack` : 'ClientTrack'}</title><style>${raw(FRAME_STYLES)}</style></head>
<body class="RendererBody"${closing}${variant.has('hover-menu') ? html` data-menu-on-hover` : ''}>
<div class="PageHeader">${heading ? html`<h1>${page.title}</h1>` : ''}${page.client && !variant.has('top-name-only') ? html`<p class="PageClient">${page.client.name}</p>` : ''}</div>
${page.errors?.length ? html`<div class="ValidationSummary" role="alert"><ul>${page.errors.map((error) => html`<li>${error}</li>`)}</ul></div>` : ''}
${page.notice ? html`<div class="Notice" role="status">${page.notice}</div>` : ''}
${page.body}
<div id="ActionMenu" role="menu" hidden></div>
${update}
<script>${raw(FRAME_SCRIPT)}</script>${variant.has('async') ? html`<script>${raw(ASYNC_SCRIPT)}</script>` : ''}
</body></html>`;
}

export interface ShellDocument {
  workspace: 'home' | 'clients';
  variant: Variant;
  /** The workspace page in iframe#TabFrame_2. */
  frameUrl: string;
  clientName?: string;
  bar?: WorkflowBar;
  links: {
    home: string;
    clients: string;
    logOut: string;
    intake: string;
    findClient: string;
    /** The dashboard URL with `{client}` for the client id. */
    dashboard: string;
    currentDashboard?: string;
    annualAssessmentTool: string;
    milestoneReport: string;
    homePage: string;
  };
}

export function shellDocument(shell: ShellDocument): SafeHtml {
  const { links } = shell;
  const tab = (id: string, workspace: ShellDocument['workspace'], href: string, text: string) =>
    html`<li><a id="${id}" href="${href}"${shell.workspace === workspace ? raw(' aria-current="page"') : ''}>${text}</a></li>`;
  const menu =
    shell.workspace === 'home'
      ? html`${sectionTitle('My ClientTrack', shell.variant)}<a id="o1000000011" href="${links.homePage}" target="TabFrame_2">Home</a><a id="o1000000014" href="${links.annualAssessmentTool}" target="TabFrame_2">Annual Assessment Tool</a>${sectionTitle('Reports', shell.variant)}<a id="o1000000052" href="${links.milestoneReport}" target="TabFrame_2">Client Milestone Age Status</a>`
      : html`${sectionTitle('Clients', shell.variant)}<a id="o1000000031" href="${links.intake}" target="TabFrame_2">Intake</a><a id="o1000000037" href="${links.findClient}" target="TabFrame_2">Find Client</a><a id="MenuDashboard" href="${links.currentDashboard ?? links.findClient}" data-href="${links.dashboard}" target="TabFrame_2">Dashboard</a>`;
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ClientTrack</title><style>${raw(SHELL_STYLES)}</style></head>
<body>
<header class="TopBar"><span class="Brand">ClientTrack</span>
<ul class="Workspaces" role="tablist">${tab('ws_1_tab', 'home', links.home, 'Home')}${tab('ws_2_tab', 'clients', links.clients, 'Clients')}</ul>
<div class="CurrentClient">Client: <span aria-label="Name">${shell.clientName ?? ''}</span></div>
<a class="LogOut" href="${links.logOut}">Log Out</a></header>
<div class="Layout"><nav class="LeftMenu" aria-label="Menu">${menu}</nav>
<main class="Main"><div id="WorkflowBar">${shell.bar ? workflowBar(shell.bar) : ''}</div>
<iframe id="TabFrame_2" name="TabFrame_2" title="Workspace" src="${shell.frameUrl}"></iframe></main></div>
<script>${raw(SHELL_SCRIPT)}</script>
</body></html>`;
}
