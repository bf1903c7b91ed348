import { render } from 'preact';
import './style.css';
import { WelcomePage } from '@/components/welcome/WelcomePage';

render(<WelcomePage />, document.getElementById('app')!);
