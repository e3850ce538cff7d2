import CPoppler

extension PDFFile {
  /// The digital signature fields on page `number` (1-based): who signed and when, as the
  /// signature itself records them. The signature is not verified (no certificate check).
  func signatures(onPage number: Int) throws(PageImagingError) -> [PDFSignature] {
    try withPage(number) { (page) throws(PageImagingError) -> [PDFSignature] in
      guard let mappings = poppler_page_get_form_field_mapping(page) else { return [] }
      defer { poppler_page_free_form_field_mapping(mappings) }
      var found: [PDFSignature] = []
      var node: UnsafeMutablePointer<GList>? = mappings
      while let current = node {
        defer { node = current.pointee.next }
        guard let data = current.pointee.data else { continue }
        let mapping = data.assumingMemoryBound(to: PopplerFormFieldMapping.self)
        guard let field = mapping.pointee.field,
          poppler_form_field_get_field_type(field) == POPPLER_FORM_FIELD_SIGNATURE
        else { continue }
        var error: UnsafeMutablePointer<GError>?
        guard
          let info = poppler_form_field_signature_validate_sync(
            field, PopplerSignatureValidationFlags(rawValue: 0), nil, &error)
        else {
          if error != nil { g_error_free(error) }
          continue
        }
        defer { poppler_signature_info_free(info) }
        let signer = poppler_signature_info_get_signer_name(info).map { String(cString: $0) }
        var time: String?
        // Poppler marks the signing time as UTC while signing software writes local time
        // (the box reads "15:35:18 +07:00" where poppler says "15:35:18Z"): the time is given
        // without a zone.
        if let date = poppler_signature_info_get_local_signing_time(info),
          let text = g_date_time_format(date, "%Y-%m-%dT%H:%M:%S")
        {
          defer { g_free(text) }
          time = String(cString: text)
        }
        found.append(PDFSignature(signer: signer, time: time))
      }
      return found
    }
  }
}
