import { render } from 'preact';

function SidePanel() {
  return (
    <main>
      <h1>ClientTrack Assist</h1>
      <p>Open a ClientTrack page to see what needs attention.</p>
    </main>
  );
}

render(<SidePanel />, document.getElementById('app')!);
