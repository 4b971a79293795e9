#!/usr/bin/env python3
"""Structural check of a Factur-X PDF/A-3b file, read with pikepdf (pip install pikepdf).

    python3 pdfa_check.py FILE.pdf [--xml-out FILE.xml]

Checks that the file declares PDF/A-3B in its XMP, carries the Factur-X XMP properties
and their extension schema, has an sRGB output intent, embeds every font it uses, and
that the embedded factur-x.xml has an /AFRelationship and is listed in the catalogue's
/AF array. With --xml-out, writes the embedded XML there.
Exit 0: every check passed; 1: a check failed (each printed); 2: pikepdf is missing.
"""
import sys

try:
    import pikepdf
except ImportError as e:  # a missing tool fails the test, never skips it
    print(f"cannot check: {e}; run: python3 -m pip install pikepdf", file=sys.stderr)
    sys.exit(2)


def fonts_of(pdf):
    """Every font dictionary the pages use, descendants included."""
    seen = []
    for page in pdf.pages:
        resources = page.obj.get("/Resources", {})
        for _, font in resources.get("/Font", {}).items():
            seen.append(font)
            for child in font.get("/DescendantFonts", []):
                seen.append(child)
    return seen


def main():
    args = [a for a in sys.argv[1:]]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    path = args[0]
    xml_out = args[args.index("--xml-out") + 1] if "--xml-out" in args else None
    failures = []
    pdf = pikepdf.open(path)
    meta = pdf.open_metadata()
    if meta.get("pdfaid:part") != "3" or meta.get("pdfaid:conformance") != "B":
        failures.append(f"XMP does not declare PDF/A-3B (part={meta.get('pdfaid:part')}, "
                        f"conformance={meta.get('pdfaid:conformance')})")
    fx = "{urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#}"
    expected = {"DocumentType": "INVOICE", "DocumentFileName": "factur-x.xml",
                "Version": "1.0", "ConformanceLevel": "EN 16931"}
    for name, value in expected.items():
        got = meta.get(fx + name)
        if got != value:
            failures.append(f"XMP fx:{name} is {got!r}, expected {value!r}")
    raw = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
    if "Factur-X PDFA Extension Schema" not in raw or "pdfaExtension:schemas" not in raw:
        failures.append("XMP has no PDF/A extension schema for the fx: properties")
    intents = pdf.Root.get("/OutputIntents", [])
    if not any("sRGB" in str(i.get("/OutputConditionIdentifier", "")) or
               "sRGB" in str(i.get("/Info", "")) for i in intents):
        failures.append(f"no sRGB output intent ({len(intents)} output intent(s))")
    for font in fonts_of(pdf):
        subtype = str(font.get("/Subtype"))
        if subtype in ("/Type0", "/Type3"):
            continue
        desc = font.get("/FontDescriptor")
        if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            failures.append(f"font {font.get('/BaseFont')} is not embedded")
    af = pdf.Root.get("/AF", [])
    names = {str(spec.get("/F")): spec for spec in af}
    spec = names.get("factur-x.xml")
    if spec is None:
        failures.append(f"the catalogue's /AF does not list factur-x.xml ({list(names)})")
    else:
        if "/AFRelationship" not in spec:
            failures.append("factur-x.xml has no /AFRelationship")
        elif str(spec.AFRelationship) not in ("/Alternative", "/Data", "/Source"):
            failures.append(f"factur-x.xml /AFRelationship is {spec.AFRelationship}")
        stream = spec.EF.F
        if str(stream.get("/Subtype")) != "/text#2fxml" and str(stream.get("/Subtype")) != "/text/xml":
            failures.append(f"factur-x.xml MIME subtype is {stream.get('/Subtype')}")
        if xml_out:
            with open(xml_out, "wb") as f:
                f.write(stream.read_bytes())
    attachments = set(pdf.attachments.keys())
    if "factur-x.xml" not in attachments:
        failures.append(f"factur-x.xml is not in the EmbeddedFiles name tree ({attachments})")
    for f in failures:
        print(f"FAIL {path}: {f}")
    if not failures:
        print(f"ok {path}: PDF/A-3B, fx: XMP, sRGB intent, fonts embedded, factur-x.xml associated")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
