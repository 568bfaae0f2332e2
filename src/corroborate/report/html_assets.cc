#include "corroborate/report/html_assets.h"

namespace corroborate::report {

const std::string_view kHtmlStyle = R"css(
:root{--hl:#ffe066;--hl-edge:#d4a800;--ink:#1d1d1f;--muted:#6b6b70;--line:#dcdce0}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{display:flex;flex-direction:column;color:var(--ink);background:#f6f6f8;
 font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{padding:10px 18px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:19px;margin:0 0 2px}
h2{font-size:15px;margin:18px 0 6px;padding-bottom:3px;border-bottom:1px solid var(--line)}
h2 .n{color:var(--muted);font-weight:normal}
h3{font-size:15px;margin:2px 0}
.sum{margin:2px 0}.gen,.hint,.meta{color:var(--muted);font-size:12px;margin:2px 0}
#status{font-size:12px;min-height:1.2em;color:#7a5b00}
main{flex:1;min-height:0;display:grid;grid-template-columns:minmax(340px,38%) 1fr}
#findings{overflow:auto;padding:0 18px 40px;background:#fff;border-right:1px solid var(--line)}
#articles{overflow-x:auto;overflow-y:hidden;display:flex;gap:12px;padding:12px}
.col{flex:1 0 330px;max-width:560px;display:flex;flex-direction:column;min-height:0;background:#fff;
 border:1px solid var(--line);border-top:5px solid var(--c,#888);border-radius:4px}
.col>header{padding:8px 12px;border-bottom:1px solid var(--line)}
.outlet{font-weight:600;color:var(--c,#555)}
.body{flex:1;overflow-y:auto;position:relative;padding:10px 12px;white-space:pre-wrap;
 overflow-wrap:anywhere;font:15px/1.55 Georgia,"Times New Roman",serif}
.rm{color:#9a9aa0;text-decoration:line-through}
.hl{background:var(--hl);box-shadow:0 2px 0 var(--hl-edge);color:var(--ink)}
.f{cursor:pointer;border-radius:4px}
.f:hover{background:#f1f1f6}
.f:focus-visible{outline:2px solid #3b6fd6;outline-offset:1px}
.f.on{background:#fff6cc;box-shadow:0 0 0 2px var(--hl-edge)}
.item{display:block;padding:4px 8px;margin:3px 0;border-left:4px solid transparent}
.dispute{margin:6px 0 10px;border:1px solid #e6c3c3;border-radius:6px;background:#fffafa}
.dispute .about{font-weight:600}
.dispute ul{list-style:none;margin:0;padding:0 0 4px 10px}
.val{font-weight:700;color:#9b1c1c}
.kind,.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;
 background:#ececf0;color:#444;vertical-align:1px}
.badge.altered{background:#9b1c1c;color:#fff}.badge.trimmed{background:#ffe9b3}
.fact.agreed{background:#e6f4e4;border-left-color:#3a8f3a}
.fact.partial{background:#fdf1d8;border-left-color:#d99800}
.fact.single{background:#f0f0f2;border-left-color:#a0a0a6}
.fact.f:hover{filter:brightness(.97)}
.chip{display:inline-block;font:600 11px/1.6 system-ui,sans-serif;padding:0 7px;margin:0 2px;
 border-radius:9px;color:#fff;background:var(--c,#777);white-space:nowrap}
.c0{--c:#2f5f9e}.c1{--c:#a8326e}.c2{--c:#25803a}.c3{--c:#b85c00}.c4{--c:#6a47a8}
.c5{--c:#137a87}.c6{--c:#7d6420}.c7{--c:#55555c}
q,.snip{color:#444;font-style:italic}q{quotes:"“" "”"}
blockquote{margin:2px 0;font:15px/1.45 Georgia,serif}
.versions,.labels{margin:2px 0 0;padding-left:18px;list-style:none}
.lab{display:inline-block;padding:0 4px}
.lab.loaded{color:#8a1a6e;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:3px 6px}
tr.slot>*{border-top:1px solid #eee}
.diag.error{color:#9b1c1c}.none{color:var(--muted);font-style:italic}
@media (max-width:900px){main{display:block}#findings{border-right:0}
 .col .body{max-height:70vh}body{height:auto}}
@media print{html,body{height:auto;background:#fff}body{display:block}main{display:block}
 #findings{overflow:visible;border:0}#articles{display:block;overflow:visible;padding:0}
 .col{margin:0 0 14px;break-inside:auto}.body{overflow:visible}.hint,#status{display:none}
 .chip{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

// Findings carry data-k="kN"; article text segments carry every key whose evidence covers them,
// so one attribute selector finds all spans of a finding.
const std::string_view kHtmlScript = R"js(
(function () {
  'use strict';
  var active = null;
  var status = document.getElementById('status');
  function clear() {
    var lit = document.querySelectorAll('#articles .hl');
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove('hl');
    if (active) { active.classList.remove('on'); active.setAttribute('aria-pressed', 'false'); }
    active = null;
    status.textContent = '';
  }
  function show(finding) {
    clear();
    active = finding;
    finding.classList.add('on');
    finding.setAttribute('aria-pressed', 'true');
    var key = finding.getAttribute('data-k');
    var spans = document.querySelectorAll('#articles [data-k~="' + key + '"]');
    for (var i = 0; i < spans.length; i++) spans[i].classList.add('hl');
    var bodies = document.querySelectorAll('#articles .body'), first = null, columns = 0;
    for (var b = 0; b < bodies.length; b++) {
      var hit = bodies[b].querySelector('.hl');
      if (!hit) continue;
      columns++;
      if (!first) first = hit;
      bodies[b].scrollTop = Math.max(0, hit.offsetTop - bodies[b].clientHeight / 3);
    }
    if (first) {
      first.closest('.col').scrollIntoView({block: 'nearest', inline: 'nearest'});
      first.scrollIntoView({block: 'nearest', inline: 'nearest'});
    }
    status.textContent = 'Evidence highlighted in ' + columns + ' of ' + bodies.length +
        ' articles. Click the finding again or press Escape to clear.';
  }
  function toggle(finding) { if (finding === active) clear(); else show(finding); }
  document.addEventListener('click', function (event) {
    var finding = event.target.closest && event.target.closest('#findings [data-k]');
    if (finding) toggle(finding);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { clear(); return; }
    var finding = document.activeElement;
    if ((event.key === 'Enter' || event.key === ' ') && finding && finding.matches &&
        finding.matches('#findings [data-k]')) {
      event.preventDefault();
      toggle(finding);
    }
  });
})();
)js";

}  // namespace corroborate::report
