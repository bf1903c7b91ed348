// Enough styling to look like a ClientTrack screen: a dark blue shell, tabs, left menu, forms.

export const SHELL_STYLES = `
body { margin: 0; font: 14px "Segoe UI", Arial, sans-serif; color: #1d2630; background: #eef1f5; }
.TopBar { display: flex; align-items: center; gap: 24px; background: #123b63; color: #fff; padding: 0 16px; height: 48px; }
.TopBar .Brand { font-weight: 600; letter-spacing: .02em; }
.Workspaces { display: flex; gap: 4px; margin: 0; padding: 0; list-style: none; }
.Workspaces a { display: block; padding: 14px 16px; color: #cfe0f1; text-decoration: none; }
.Workspaces a[aria-current="page"] { background: #eef1f5; color: #123b63; }
.CurrentClient { margin-left: auto; }
.CurrentClient span[aria-label="Name"] { font-weight: 600; }
.TopBar a.LogOut { color: #cfe0f1; }
.Layout { display: flex; height: calc(100vh - 48px); }
.LeftMenu { width: 210px; background: #fff; border-right: 1px solid #cdd5df; padding: 12px 0; }
.LeftMenu h2 { font-size: 12px; text-transform: uppercase; color: #60707f; margin: 12px 16px 4px; }
.LeftMenu a { display: block; padding: 6px 16px; color: #123b63; text-decoration: none; }
.LeftMenu a:hover { background: #e3ebf4; }
.Main { flex: 1; display: flex; flex-direction: column; min-width: 0; }
#WorkflowBar:empty { display: none; }
.workflow-controls { display: flex; align-items: flex-start; gap: 16px; background: #fff8e1; border-bottom: 1px solid #e6c860; padding: 8px 16px; }
.workflow-controls .WorkflowName { font-weight: 600; white-space: nowrap; }
.workflow-controls ol { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding-left: 18px; font-size: 12px; max-height: 64px; overflow: auto; }
.workflow-controls li[aria-current="step"] { font-weight: 700; color: #123b63; }
.workflow-controls button { margin-left: auto; }
#TabFrame_2 { flex: 1; border: 0; width: 100%; background: #fff; }
.DialogBox { position: fixed; inset: 8% 18%; background: #fff; border: 1px solid #7d8b99; box-shadow: 0 8px 40px rgba(0,0,0,.35); }
.DialogBox iframe { width: 100%; height: 100%; border: 0; }
`;

export const FRAME_STYLES = `
body { margin: 0; padding: 12px 20px 40px; font: 14px "Segoe UI", Arial, sans-serif; color: #1d2630; }
.PageHeader h1 { font-size: 20px; font-weight: 600; color: #123b63; margin: 4px 0; }
.PageHeader .PageClient { color: #60707f; margin: 0 0 12px; }
table.FormPage { border-collapse: collapse; margin: 8px 0; }
table.FormPage td { padding: 4px 8px; vertical-align: top; }
td.CaptionStyle { text-align: right; max-width: 320px; color: #34424f; }
.SectionHeader h2 { font-size: 15px; margin: 14px 0 4px; color: #123b63; border-bottom: 1px solid #cdd5df; }
.form-control { font: inherit; padding: 3px 6px; border: 1px solid #9aa7b4; border-radius: 3px; max-width: 420px; }
.DateField { display: inline-flex; align-items: center; gap: 4px; }
.DateField input { width: 7.5em; }
.RadioList .ListItem, .CheckBoxList .ListItem { display: inline-block; margin-right: 12px; }
.ButtonBar { margin-top: 16px; display: flex; gap: 8px; }
.btn { font: inherit; padding: 5px 14px; border: 1px solid #123b63; background: #fff; color: #123b63; border-radius: 3px; cursor: pointer; }
.btn-primary { background: #123b63; color: #fff; }
.ValidationSummary { border: 1px solid #c0392b; background: #fdecea; color: #8e2418; padding: 6px 12px; margin: 8px 0; }
.Notice { border: 1px solid #2e7d32; background: #e8f5e9; padding: 6px 12px; margin: 8px 0; }
table.ResultSet { border-collapse: collapse; margin: 8px 0; min-width: 60%; }
table.ResultSet th, table.ResultSet td { border: 1px solid #d5dce4; padding: 4px 8px; text-align: left; }
table.ResultSet thead th { background: #e3ebf4; }
tr.gbHead td { background: #f3f5f8; font-weight: 600; }
.ZoneChrome { border: 1px solid #cdd5df; margin-bottom: 16px; width: 100%; border-collapse: collapse; }
.ZoneChrome td.Header { background: #e3ebf4; font-weight: 600; padding: 6px 10px; }
.action-menu { border: 0; background: none; font-size: 18px; cursor: pointer; padding: 0 6px; }
#ActionMenu { position: absolute; background: #fff; border: 1px solid #7d8b99; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 4px 0; min-width: 220px; }
#ActionMenu a { display: block; padding: 5px 14px; color: #123b63; text-decoration: none; }
#ActionMenu a:hover { background: #e3ebf4; }
.AssessmentActive { float: right; }
`;
