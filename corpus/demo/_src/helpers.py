"""Small constructors that keep the hand-written article sources compact."""


def D(by, type, targets, summary, cue, date, prec="day", place=None, legal=()):
    """One gold directive; `by` is a key of people.PEOPLE (person or institution)."""
    return {"by": by, "type": type, "targets": list(targets), "summary": summary,
            "cue": cue, "date": date, "date_precision": prec if date else None,
            "place": place, "legal_basis": list(legal)}


def P(name, title, region, org=None):
    """One person (or, with name=None, an office holder never named)."""
    return {"name": name, "title": title, "region": region, "org": org}


def I(name, region):
    """An institution credited with a directive (issuer_title stays null)."""
    return {"name": None, "as_issuer": name, "title": None, "region": region, "org": None}


def A(outlet, slug, published, section, title, author, editor, tags, caption, photo,
      body, officials, regions, orgs, directives=(), notes="", formats=()):
    """One article: body paragraphs are separated by blank lines."""
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    return {"outlet": outlet, "slug": slug, "published": published, "section": section,
            "title": title, "author": author, "editor": editor, "tags": list(tags),
            "caption": caption, "photo": photo, "body": paras, "formats": list(formats),
            "gold": {"officials": list(officials), "regions": list(regions),
                     "organizations": list(orgs), "directives": list(directives),
                     "notes": notes}}
