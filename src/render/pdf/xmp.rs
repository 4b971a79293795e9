//! Adds descriptions to the XMP metadata of a finished PDF, by an incremental update: the
//! catalogue's metadata stream is written again, with the new `rdf:Description`s, after
//! the original bytes, with a cross-reference section that points to it and a trailer
//! that keeps the document's id. krilla writes the PDF/A metadata but has no way to add
//! an extension schema (Factur-X needs one); the original bytes are left as they are.

/// The text between `start` and the next `end`, from `from`.
fn between<'a>(text: &'a str, start: &str, end: &str, from: usize) -> Option<(usize, &'a str)> {
    let at = text[from..].find(start)? + from + start.len();
    let stop = text[at..].find(end)? + at;
    Some((at, &text[at..stop]))
}

/// The object number a dictionary entry refers to: `/Root 12 0 R` → 12.
fn reference(dict: &str, key: &str) -> Option<u32> {
    let at = dict.find(key)? + key.len();
    dict[at..].split_whitespace().next()?.parse().ok()
}

/// Returns the PDF with `descriptions` (one or more `rdf:Description` elements) added to
/// its XMP packet. Fails when the file is not laid out as krilla writes it (a classic
/// cross-reference table, an uncompressed metadata stream).
pub fn add_descriptions(pdf: Vec<u8>, descriptions: &str) -> Result<Vec<u8>, String> {
    // the PDF is binary, but every structure we read is ASCII: read it lossily
    let text = String::from_utf8_lossy(&pdf).into_owned();
    let trailer_at = text.rfind("trailer").ok_or("the PDF has no trailer")?;
    let (_, trailer) =
        between(&text, "<<", "startxref", trailer_at).ok_or("the PDF's trailer is unreadable")?;
    let trailer = trailer.trim_end();
    let trailer = trailer
        .strip_suffix(">>")
        .ok_or("the PDF's trailer is unreadable")?;
    let root = reference(trailer, "/Root").ok_or("the PDF's trailer names no catalogue")?;
    let (_, prev) = between(&text, "startxref", "%%EOF", trailer_at).ok_or("the PDF has no startxref")?;
    let prev: usize = prev
        .trim()
        .parse()
        .map_err(|_| "the PDF's startxref is unreadable")?;
    let (_, catalog) =
        between(&text, &format!("\n{root} 0 obj"), "endobj", 0).ok_or("the PDF's catalogue is missing")?;
    let metadata = reference(catalog, "/Metadata").ok_or("the PDF has no XMP metadata")?;
    let (object_at, object) = between(&text, &format!("\n{metadata} 0 obj"), "endobj", 0)
        .ok_or("the PDF's metadata object is missing")?;
    let dict_end = object.find("stream").ok_or("the metadata is not a stream")?;
    if object[..dict_end].contains("/Filter") {
        return Err("the PDF's metadata stream is compressed".into());
    }
    let (_, packet) =
        between(&text, "stream", "endstream", object_at).ok_or("the metadata stream is unreadable")?;
    let packet = packet.trim_matches(['\r', '\n']);
    let close = packet
        .rfind("</rdf:RDF>")
        .ok_or("the XMP packet has no rdf:RDF")?;
    let xmp = format!("{}{descriptions}{}", &packet[..close], &packet[close..]);

    let mut out = pdf;
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let offset = out.len();
    out.extend_from_slice(
        format!(
            "{metadata} 0 obj\n<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n{xmp}\nendstream\nendobj\n",
            xmp.len()
        )
        .as_bytes(),
    );
    let xref = out.len();
    out.extend_from_slice(
        format!(
            "xref\n0 1\n0000000000 65535 f \n{metadata} 1\n{offset:010} 00000 n \ntrailer\n<<{} /Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n",
            trailer.trim_end(),
        )
        .as_bytes(),
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let xmp = "<x:xmpmeta><rdf:RDF><rdf:Description/></rdf:RDF></x:xmpmeta>";
        let body = format!(
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Metadata 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n{xmp}\nendstream\nendobj\n",
            xmp.len()
        );
        let xref = body.len();
        format!("{body}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000055 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R /ID [<AA> <AA>] >>\nstartxref\n{xref}\n%%EOF\n").into_bytes()
    }

    #[test]
    fn the_new_packet_is_appended_with_a_trailer_that_points_back() {
        let before = sample();
        let after = add_descriptions(before.clone(), "<rdf:Description rdf:about=\"\"/>").unwrap();
        assert!(after.starts_with(&before), "the original bytes are kept");
        let tail = String::from_utf8(after[before.len()..].to_vec()).unwrap();
        assert!(tail.contains("<rdf:Description/><rdf:Description rdf:about=\"\"/></rdf:RDF>"));
        let prev = before.windows(5).position(|w| w == b"\nxref").unwrap() + 1;
        assert!(tail.contains(&format!("/Prev {prev}")), "{tail}");
        assert!(
            tail.contains("trailer\n<< /Size 3 /Root 1 0 R /ID [<AA> <AA>] /Prev"),
            "{tail}"
        );
        let new_obj = before.len();
        assert!(tail.contains(&format!("2 1\n{new_obj:010} 00000 n \n")), "{tail}");
        assert!(tail.ends_with("%%EOF\n"));
    }

    #[test]
    fn a_compressed_metadata_stream_is_refused() {
        let text = String::from_utf8(sample()).unwrap().replace(
            "/Subtype /XML /Length",
            "/Subtype /XML /Filter /FlateDecode /Length",
        );
        assert!(add_descriptions(text.into_bytes(), "").is_err());
    }
}
