import { render } from 'preact';
import { AuditPage } from '@/components/audit/AuditPage';
import { loadSettings } from '@/lib/settings/store';
import { toRuleSettings } from '@/lib/settings/model';
import AuditWorker from './worker.ts?worker';
import './style.css';

render(
  <AuditPage
    startWorker={() => new AuditWorker()}
    loadRuleSettings={async () => toRuleSettings((await loadSettings()).settings)}
  />,
  document.getElementById('app')!,
);
