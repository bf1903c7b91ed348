import { render } from 'preact';
import { AuditPage } from '@/components/audit/AuditPage';
import AuditWorker from './worker.ts?worker';
import './style.css';

render(<AuditPage startWorker={() => new AuditWorker()} />, document.getElementById('app')!);
