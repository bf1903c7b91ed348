import { render } from 'preact';
import './style.css';
import { SidePanel } from '@/components/panel/SidePanel';

render(<SidePanel />, document.getElementById('app')!);
