// The region where the timeline of threads, the GIL, processes and tasks is drawn. Until the
// trace view is mounted here it says what will appear, so the layout is already the real one.

export function TimelineArea() {
  return (
    <section className="timeline-area" aria-label="Timeline" data-testid="timeline-area">
      <h2 className="pane-title">Timeline</h2>
      <div className="timeline-empty">Threads, the GIL, processes and asyncio tasks will be drawn here after a run.</div>
    </section>
  );
}
