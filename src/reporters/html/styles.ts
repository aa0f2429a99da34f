/** The report's stylesheet, inlined so the file opens offline. */
export const STYLES = `
:root { --pass: #1a7f37; --fail: #cf222e; --err: #8250df; --skip: #9a6700; --known: #57606a; --line: #d0d7de; --bg2: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; }
header { padding: 16px 24px; border-bottom: 1px solid var(--line); background: var(--bg2); }
h1 { font-size: 20px; margin: 0 0 8px; }
main { padding: 12px 24px 48px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; background: #fff; min-width: 96px; }
.card b { display: block; font-size: 22px; }
.card.passed b { color: var(--pass); } .card.failed b { color: var(--fail); } .card.errors b { color: var(--err); } .card.skipped b { color: var(--skip); }
dl#facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; }
dt { color: #57606a; } dd { margin: 0; }
.banner { background: #fff8c5; border: 1px solid #d4a72c; padding: 6px 12px; border-radius: 6px; margin: 8px 0; }
.toolbar { display: flex; gap: 16px; align-items: center; margin: 12px 0; position: sticky; top: 0; background: #fff; padding: 8px 0; z-index: 1; }
.toolbar input[type=search] { width: 360px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; }
#shown { color: #57606a; }
details { margin: 2px 0; }
details > summary { cursor: pointer; padding: 4px 6px; border-radius: 4px; }
details > summary:hover { background: var(--bg2); }
details.group { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; }
details.group > .body { padding: 0 8px 6px 16px; }
details.pagegroup > .body, details.case > .body { padding-left: 18px; }
.resource { font-weight: 600; margin-right: 8px; } .page { font-family: ui-monospace, monospace; margin-right: 8px; }
.npages { color: #57606a; margin-right: 8px; }
.pill { display: inline-block; border-radius: 10px; padding: 0 8px; margin-left: 4px; font-size: 12px; color: #fff; }
.pill.passed { background: var(--pass); } .pill.failed { background: var(--fail); } .pill.error { background: var(--err); } .pill.skipped { background: var(--skip); } .pill.known { background: var(--known); } .pill.docdefect { background: var(--skip); }
.defectnote { margin: 6px 0; padding: 6px 8px; border-left: 3px solid var(--skip); background: var(--bg2); }
.row, details.case > summary { display: flex; gap: 10px; align-items: baseline; padding: 2px 6px; }
.row { padding-left: 22px; }
.state { font-size: 12px; text-transform: uppercase; width: 56px; font-weight: 600; }
.state.passed { color: var(--pass); } .state.failed { color: var(--fail); } .state.error { color: var(--err); } .state.skipped { color: var(--skip); }
.check { font-family: ui-monospace, monospace; } .op { color: #57606a; font-family: ui-monospace, monospace; } .ms { color: #8c959f; margin-left: auto; }
.where { margin: 4px 0; color: #57606a; }
.mono, code { font-family: ui-monospace, monospace; font-size: 12px; }
.violation { border-left: 3px solid var(--fail); padding: 4px 8px; margin: 6px 0; background: #fff; }
.vhead { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; text-transform: uppercase; border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; }
.sev.error { color: var(--fail); } .sev.warning { color: var(--skip); } .sev.info, .sev.hint { color: var(--known); }
pre { background: var(--bg2); border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; overflow: auto; max-height: 360px; margin: 4px 0; white-space: pre-wrap; word-break: break-all; }
pre.diff .legend { color: #8c959f; } pre.diff .del { background: #ffebe9; color: #82071e; } pre.diff .add { background: #dafbe1; color: #116329; }
.transcript { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.msg h4 { margin: 6px 0 0; font-size: 13px; }
.http .first { font-weight: 600; } .http .hdr { color: #57606a; }
.errmsg { color: var(--err); font-family: ui-monospace, monospace; margin: 4px 0; } .skipmsg { color: var(--skip); margin: 4px 0; }
.reqnote { color: var(--known); font-style: italic; margin: 2px 0; }
.diag { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
section { margin-top: 18px; }
button.more { margin: 6px 0; }
a.doc { font-family: ui-monospace, monospace; font-size: 12px; }
`;
