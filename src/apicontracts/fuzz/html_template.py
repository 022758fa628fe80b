"""The standalone HTML page of the coverage matrix (Jinja2, autoescaped, no external assets)."""

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Contract coverage: {{ matrix.title }}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; }
  h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
  .headline { color: #57606a; margin-bottom: 1rem; }
  .legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin-bottom: 1rem; }
  .legend span.cell { display: inline-block; min-width: 1.6rem; text-align: center; border: 1px solid #d0d7de; }
  .wrap { overflow: auto; max-height: 80vh; border: 1px solid #d0d7de; }
  table { border-collapse: separate; border-spacing: 0; }
  th, td {
    border-bottom: 1px solid #d0d7de; border-right: 1px solid #eaeef2; padding: .25rem .5rem; white-space: nowrap;
  }
  thead th { position: sticky; top: 0; background: #f6f8fa; z-index: 2; }
  tfoot td, tfoot th { position: sticky; bottom: 0; background: #f6f8fa; z-index: 2; font-weight: 600; }
  th.op, td.op { position: sticky; left: 0; background: #fff; z-index: 1; text-align: left; }
  thead th.op, tfoot th.op { z-index: 3; background: #f6f8fa; }
  tr.group th { background: #eaeef2; text-align: left; position: sticky; left: 0; }
  td.cell { text-align: center; font-variant-numeric: tabular-nums; }
  th.undocumented-code { color: #9a6700; }
  .passed { background: #dafbe1; color: #116329; }
  .failed { background: #ffebe9; color: #a40e26; font-weight: 600; }
  .unreached { background: #fff8c5; color: #7d4e00; }
  .undocumented { background: #ffddb0; color: #953800; }
  .absent { background: #fff; }
  td.cell a { color: inherit; }
  .opid { color: #57606a; font-size: .85em; }
  td.total { text-align: right; font-variant-numeric: tabular-nums; }
  section.failure { border-left: 4px solid #cf222e; padding: .2rem .8rem; margin: 1rem 0; }
  pre { background: #f6f8fa; padding: .5rem; overflow: auto; white-space: pre-wrap; }
  table.reasons td.why { white-space: normal; max-width: 60rem; }
</style>
</head>
<body>
<h1>Contract coverage: {{ matrix.title }}</h1>
<div class="headline">{{ headline }}</div>
<div class="legend">
{% for css, symbol, meaning in legend %}
  <div><span class="cell {{ css }}">{{ symbol or "&nbsp;"|safe }}</span> {{ meaning }}</div>
{% endfor %}
</div>
<div class="wrap">
<table>
<thead>
<tr>
  <th class="op" scope="col">operation</th>
{% for code in matrix.codes %}
{% if matrix.is_documented_code(code) %}
  <th scope="col">{{ code }}</th>
{% else %}
  <th scope="col" class="undocumented-code" title="no operation documents {{ code }}">{{ code }}!</th>
{% endif %}
{% endfor %}
  <th scope="col" title="documented status codes observed / documented">reached</th>
  <th scope="col">responses</th>
  <th scope="col">failing</th>
</tr>
</thead>
{% for tag, rows in matrix.groups() %}
<tbody>
<tr class="group"><th colspan="{{ matrix.codes|length + 4 }}">{{ tag }}</th></tr>
{% for row in rows %}
<tr>
  <td class="op"><code>{{ row.label }}</code> <span class="opid">{{ row.operation_id }}</span></td>
{% for code in matrix.codes %}
{% set cell = row.cells.get(code) %}
{% set state = cell.state if cell else State.ABSENT %}
{% set number = numbers.get((row.label, code)) %}
{% set tip = row.label ~ " " ~ code ~ ": " ~ state.meaning %}
{% set tip = tip ~ (", %d responses" % cell.responses if cell and cell.responses else "") %}
{% set reason = reason_label(matrix, cell) %}
{% set tip = tip ~ (" (" ~ reason ~ ": " ~ cell.reason.why ~ ")" if reason else "") %}
  <td class="cell {{ state.css }}" title="{{ tip }}">
{%- if number %}<a href="#failure-{{ number }}">{{ cell_text(cell) }}</a>
{%- elif reason %}<a href="#reason-{{ reason }}">{{ cell_text(cell) }} {{ reason }}</a>
{%- else %}{{ cell_text(cell) }}{% endif -%}
  </td>
{% endfor %}
  <td class="total">{{ row.reached }}/{{ row.documented }}</td>
  <td class="total">{{ responses(row) }}</td>
  <td class="total">{{ row.failing }}</td>
</tr>
{% endfor %}
</tbody>
{% endfor %}
<tfoot>
<tr>
  <th class="op" scope="row" title="operations that observed the code / operations that document it">reached</th>
{% for code in matrix.codes %}
  <td class="cell">{{ matrix.reaching(code) }}/{{ matrix.documenting(code) }}</td>
{% endfor %}
  <td class="total">{{ matrix.reached }}/{{ matrix.documented }}</td>
  <td class="total">{{ matrix.responses }}</td>
  <td class="total">{{ matrix.failing_cells }}</td>
</tr>
</tfoot>
</table>
</div>
<h2 id="never-reached">Never reached</h2>
{% set unreached = matrix.unreached() %}
{% if not unreached %}
<p>None: the run reached every documented status code.</p>
{% else %}
{% if matrix.reasons %}
<table class="reasons">
<thead><tr><th scope="col">reason</th><th scope="col">cells</th><th scope="col">why</th></tr></thead>
<tbody>
{% for reason in matrix.reasons %}
<tr id="reason-R{{ loop.index }}">
  <td>R{{ loop.index }}</td>
  <td class="total">{{ unreached|selectattr("2.reason", "equalto", reason)|list|length }}</td>
  <td class="why">{{ reason.why }}</td>
</tr>
{% endfor %}
</tbody>
</table>
{% endif %}
{% set unexplained = matrix.unexplained() %}
{% if unexplained %}
<p>Without a reason ({{ unexplained|length }}): too few examples, or a condition the run cannot create:</p>
<ul>
{% for row, code in unexplained %}
  <li><code>{{ row.label }}</code> <span class="opid">{{ row.operation_id }}</span> &rarr; {{ code }}</li>
{% endfor %}
</ul>
{% else %}
<p>Every never-reached status has a reason above.</p>
{% endif %}
{% endif %}
<h2>Failures</h2>
{% for row, code, cell in matrix.failures() %}
<section class="failure" id="failure-{{ numbers[(row.label, code)] }}">
<h3>[{{ numbers[(row.label, code)] }}] <code>{{ row.label }}</code> &rarr; {{ code }}</h3>
{% for failure in cell.failures %}
<p><strong>{{ failure.check }}</strong>: {{ failure.title }}</p>
{% if failure.message %}<pre>{{ failure.message }}</pre>{% endif %}
<pre>{{ failure.reproduce }}</pre>
{% endfor %}
</section>
{% else %}
<p>None: every observed response passed every check.</p>
{% endfor %}
</body>
</html>
"""
