"""Writing the graph for other tools: GraphML, GEXF 1.3 (Gephi), node-link JSON, CSV.

`export_graph(G, fmt, path)` with fmt one of graphml | gexf | json | csv. Every node
carries `type` (one of the schema's node types, arahan.extract.graph.schema) and
`label`, every edge `type` (one of its edge types) plus all stored attributes. GraphML and GEXF only hold scalars:
lists and dicts become JSON text, missing values are left out, and an attribute that
mixes numbers and text is written as text throughout.

csv writes `nodes.csv` and `edges.csv` into the directory `path`: Id/Label/type...
and Source/Target/Id/Label/Weight/type..., the columns Gephi's spreadsheet import
and a Neo4j LOAD CSV expect (Label holds the relation on edges).

networkx writes GEXF only up to 1.2draft, so GEXF 1.3 is written here directly.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

import networkx as nx

from arahan.corpus.csvcell import safe_row

FORMATS = ("graphml", "gexf", "json", "csv")
GEXF_NS = "http://gexf.net/1.3"


def _scalar(value):
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def _kinds(rows) -> dict[str, type]:
    """One Python type per attribute: bool, int, float or str (mixed -> float or str)."""
    seen: dict[str, set] = {}
    for data in rows:
        for k, v in data.items():
            if v is not None:
                seen.setdefault(k, set()).add(type(_scalar(v)))
    out = {}
    for k, ts in seen.items():
        if ts == {bool}:
            out[k] = bool
        elif ts <= {int}:
            out[k] = int
        elif ts <= {int, float}:
            out[k] = float
        else:
            out[k] = str
    return out


def _flat(data: dict, kinds: dict[str, type]) -> dict:
    return {k: kinds[k](_scalar(v)) for k, v in data.items() if v is not None and k in kinds}


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars of one type per attribute name."""
    nkinds = _kinds(d for _, d in G.nodes(data=True))
    ekinds = _kinds(d for *_, d in G.edges(keys=True, data=True))
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, _flat(d, nkinds)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _flat(d, ekinds)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def export_graph(G: nx.MultiDiGraph, fmt: str, path) -> list[Path]:
    """Write G in `fmt` to `path` (a directory for csv); return the files written."""
    fmt = fmt.lower()
    path = Path(path)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        path.mkdir(parents=True, exist_ok=True)
        return _write_csv(G, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(flatten(G), path, named_key_ids=True)
    elif fmt == "gexf":
        _write_gexf(flatten(G), path)
    else:
        data = nx.node_link_data(G, edges="edges")
        data["graph"] = {k: v for k, v in data["graph"].items() if not k.startswith("_")}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return [path]


def _write_csv(G: nx.MultiDiGraph, folder: Path) -> list[Path]:
    nkeys = sorted({k for _, d in G.nodes(data=True) for k in d} - {"label", "type"})
    ekeys = sorted({k for *_, d in G.edges(keys=True, data=True) for k in d} - {"type"})
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    with nodes.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(safe_row(["Id", "Label", "type", *nkeys]))
        for n, d in G.nodes(data=True):
            w.writerow(safe_row([n, d.get("label", n), d.get("type"), *(_cell(d.get(k)) for k in nkeys)]))
    with edges.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(safe_row(["Source", "Target", "Id", "Label", "Weight", "type", *ekeys]))
        for u, v, key, d in G.edges(keys=True, data=True):
            w.writerow(safe_row([u, v, key, d.get("type"), d.get("confidence") or 1.0, d.get("type"),
                                 *(_cell(d.get(k)) for k in ekeys)]))
    return [nodes, edges]


def _cell(value):
    return "" if value is None else _scalar(value)


_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _attr_decls(kinds: dict[str, type], prefix: str) -> tuple[dict[str, str], list[str]]:
    ids = {k: f"{prefix}{i}" for i, k in enumerate(sorted(kinds))}
    lines = [f'      <attribute id="{ids[k]}" title={quoteattr(k)} type="{_GEXF_TYPES[kinds[k]]}"/>' for k in sorted(kinds)]
    return ids, lines


def _attvalues(data: dict, ids: dict[str, str], skip: tuple = ()) -> str:
    vals = []
    for k, v in data.items():
        if k in ids and k not in skip:
            text = ("true" if v else "false") if isinstance(v, bool) else str(v)
            vals.append(f'<attvalue for="{ids[k]}" value={quoteattr(text)}/>')
    return f"<attvalues>{''.join(vals)}</attvalues>" if vals else ""


def _write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    """GEXF 1.3: attribute `type` is declared like any other; the XML edge type says 'directed'."""
    nkinds = _kinds(d for _, d in G.nodes(data=True))
    ekinds = _kinds(d for *_, d in G.edges(keys=True, data=True))
    nids, ndecl = _attr_decls(nkinds, "n")
    eids, edecl = _attr_decls(ekinds, "e")
    today = datetime.now(UTC).date().isoformat()
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        fh.write(f'<gexf xmlns="{GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 f'xsi:schemaLocation="{GEXF_NS} {GEXF_NS}/gexf.xsd" version="1.3">\n')
        fh.write(f'  <meta lastmodifieddate="{today}"><creator>Arahan</creator>'
                 '<description>Arahan entity graph: who instructed what, to whom, where and when</description></meta>\n')
        fh.write('  <graph defaultedgetype="directed" mode="static">\n')
        fh.write('    <attributes class="node" mode="static">\n' + "\n".join(ndecl) + "\n    </attributes>\n")
        fh.write('    <attributes class="edge" mode="static">\n' + "\n".join(edecl) + "\n    </attributes>\n")
        fh.write("    <nodes>\n")
        for n, d in G.nodes(data=True):
            fh.write(f'      <node id={quoteattr(str(n))} label={quoteattr(str(d.get("label", n)))}>'
                     f'{_attvalues(d, nids)}</node>\n')
        fh.write("    </nodes>\n    <edges>\n")
        for i, (u, v, key, d) in enumerate(G.edges(keys=True, data=True)):
            weight = float(d.get("confidence") or 1.0) or 1.0
            fh.write(f'      <edge id="{i}" source={quoteattr(str(u))} target={quoteattr(str(v))} type="directed" '
                     f'kind={quoteattr(str(d.get("type", "")))} label={quoteattr(str(d.get("type", "")))} '
                     f'weight="{weight}">{_attvalues(d, eids)}</edge>\n')
        fh.write("    </edges>\n  </graph>\n</gexf>\n")
