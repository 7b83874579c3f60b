// The stand-in's own page (http://127.0.0.1:13579/ in the demo): which test key NCALayer "chooses"
// next, its password, or a cancel — what a real NCALayer asks in its dialog.
import { IDENTITY_NAMES, type Manifest } from "./test-pki";

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

// The chooser page; it posts JSON to /choice.
export function chooserPage(m: Manifest): string {
  const options = IDENTITY_NAMES.map(
    (n) => `<option value="${n}">${esc(m.identities[n].label)} — IIN ${esc(m.identities[n].iin)}</option>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>NCALayer stand-in</title><style>body{font:15px system-ui;margin:2rem auto;max-width:36rem;padding:0 1rem}label{display:block;margin:.8rem 0}select,input{font:inherit;padding:.3rem;width:100%}button{font:inherit;padding:.4rem 1rem;margin-top:.8rem}</style></head>
<body><h1>NCALayer stand-in</h1>
<p>Test keys of the Balabaqsha demo (never real ones). The portal's "Sign in with EDS" and "Sign with EDS" buttons talk to this program the way they talk to NCALayer; the choice below stands in for NCALayer's key dialog.</p>
<form id="f"><label>Key<select name="identity">${options}</select></label>
<label>Key password (the right one is <code>${esc(m.password)}</code>)<input name="password" value="${esc(m.password)}"></label>
<label><input type="checkbox" name="cancel" style="width:auto"> Cancel in the dialog (as if the person closed it)</label>
<label><input type="checkbox" name="legacy" style="width:auto"> Behave like an old NCALayer (no <code>basics</code> module)</label>
<button>Use this</button> <output id="o"></output></form>
<script>
const f=document.getElementById("f"),o=document.getElementById("o");
fetch("/choice").then(r=>r.json()).then(s=>{f.identity.value=s.choice.identity;f.password.value=s.choice.password;f.cancel.checked=s.choice.cancel;f.legacy.checked=s.choice.legacy});
f.onsubmit=async e=>{e.preventDefault();const r=await fetch("/choice",{method:"POST",body:JSON.stringify({identity:f.identity.value,password:f.password.value,cancel:f.cancel.checked,legacy:f.legacy.checked})});o.textContent=r.ok?"Saved.":"Error "+r.status};
</script></body></html>`;
}
