import CQPDF
import Foundation

/// A qpdf document, new or read from a file: the sole owner of one `qpdf_data`.
///
/// Object handles (`qpdf_oh`) are plain numbers that belong to the document and are freed with
/// it by `qpdf_cleanup`. qpdf reports failures through `qpdf_has_error`, checked after each step.
/// A document is used by one thread at a time.
final class QPDFDocument {
  typealias Handle = qpdf_oh

  private var data: qpdf_data?

  private init(step: String, _ open: (qpdf_data) -> QPDF_ERROR_CODE) throws(SearchablePDFError) {
    guard let data = qpdf_init() else {
      throw .libraryFailed(step: step, reason: "qpdf_init returned nothing")
    }
    self.data = data
    qpdf_silence_errors(data)
    qpdf_set_suppress_warnings(data, QPDF_TRUE)
    _ = open(data)
    try check(step)
  }

  deinit {
    qpdf_cleanup(&data)
  }

  /// A new, empty PDF.
  static func empty() throws(SearchablePDFError) -> QPDFDocument {
    try QPDFDocument(step: "creating the PDF") { qpdf_empty_pdf($0) }
  }

  /// An existing PDF, read lazily (`qpdf_read`).
  static func reading(_ path: String) throws(SearchablePDFError) -> QPDFDocument {
    try QPDFDocument(step: "reading \(path)") { qpdf_read($0, path, nil) }
  }

  private var pointer: qpdf_data { data! }

  /// Throws the pending qpdf error, if any, as a failure of `step`.
  func check(_ step: String) throws(SearchablePDFError) {
    guard qpdf_has_error(pointer) != 0 else { return }
    let error = qpdf_get_error(pointer)
    let text = qpdf_get_error_full_text(pointer, error).map { String(cString: $0) } ?? "unknown"
    throw .libraryFailed(step: step, reason: text)
  }

  // MARK: Objects

  var root: Handle { qpdf_get_root(pointer) }
  var trailer: Handle { qpdf_get_trailer(pointer) }

  func name(_ name: String) -> Handle { qpdf_oh_new_name(pointer, name) }
  func integer(_ value: Int) -> Handle { qpdf_oh_new_integer(pointer, Int64(value)) }
  func real(_ value: Double, places: Int32 = 3) -> Handle {
    qpdf_oh_new_real_from_double(pointer, value, places)
  }
  func bool(_ value: Bool) -> Handle { qpdf_oh_new_bool(pointer, value ? QPDF_TRUE : QPDF_FALSE) }
  /// A text string: qpdf writes PDFDocEncoding when it can, UTF-16BE otherwise.
  func text(_ value: String) -> Handle { qpdf_oh_new_unicode_string(pointer, value) }
  func null() -> Handle { qpdf_oh_new_null(pointer) }

  /// An object written in PDF syntax, parsed by qpdf (for constant fragments).
  func parse(_ syntax: String) -> Handle { qpdf_oh_parse(pointer, syntax) }

  /// A dictionary holding `entries` (keys with their leading slash).
  func dictionary(_ entries: KeyValuePairs<String, Handle>) -> Handle {
    let dictionary = qpdf_oh_new_dictionary(pointer)
    for (key, value) in entries { qpdf_oh_replace_key(pointer, dictionary, key, value) }
    return dictionary
  }

  /// An array of `items`.
  func array(_ items: [Handle]) -> Handle {
    let array = qpdf_oh_new_array(pointer)
    for item in items { qpdf_oh_append_item(pointer, array, item) }
    return array
  }

  /// An indirect stream with `entries` in its dictionary and `bytes` as its data, already
  /// encoded with `filter` (and `decodeParms`) when given; unfiltered data is compressed on writing.
  func stream(
    _ bytes: UnsafeRawBufferPointer, entries: KeyValuePairs<String, Handle> = [:],
    filter: Handle? = nil, decodeParms: Handle? = nil
  ) -> Handle {
    let stream = qpdf_oh_new_stream(pointer)
    qpdf_oh_replace_stream_data(
      pointer, stream, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count,
      filter ?? null(), decodeParms ?? null())
    let dictionary = qpdf_oh_get_dict(pointer, stream)
    for (key, value) in entries { qpdf_oh_replace_key(pointer, dictionary, key, value) }
    return stream
  }

  /// A stream holding `data`; see ``stream(_:entries:filter:decodeParms:)``.
  func stream(
    _ data: Data, entries: KeyValuePairs<String, Handle> = [:], filter: Handle? = nil,
    decodeParms: Handle? = nil
  ) -> Handle {
    data.withUnsafeBytes { stream($0, entries: entries, filter: filter, decodeParms: decodeParms) }
  }

  func indirect(_ object: Handle) -> Handle { qpdf_make_indirect_object(pointer, object) }

  func set(_ key: String, _ value: Handle, in dictionary: Handle) {
    qpdf_oh_replace_key(pointer, dictionary, key, value)
  }

  func remove(_ key: String, from dictionary: Handle) {
    qpdf_oh_remove_key(pointer, dictionary, key)
  }

  func value(_ key: String, in dictionary: Handle) -> Handle {
    qpdf_oh_get_key(pointer, dictionary, key)
  }

  func streamDictionary(_ stream: Handle) -> Handle { qpdf_oh_get_dict(pointer, stream) }

  func isStream(_ object: Handle) -> Bool { qpdf_oh_is_stream(pointer, object) != 0 }
  func isDictionary(_ object: Handle) -> Bool { qpdf_oh_is_dictionary(pointer, object) != 0 }
  func isName(_ object: Handle, _ name: String) -> Bool {
    qpdf_oh_is_name_and_equals(pointer, object, name) != 0
  }
  func intValue(_ object: Handle) -> Int? {
    qpdf_oh_is_integer(pointer, object) != 0 ? Int(qpdf_oh_get_int_value(pointer, object)) : nil
  }

  /// The keys of a dictionary.
  func keys(of dictionary: Handle) -> [String] {
    var keys: [String] = []
    qpdf_oh_begin_dict_key_iter(pointer, dictionary)
    while qpdf_oh_dict_more_keys(pointer) != 0 {
      if let key = qpdf_oh_dict_next_key(pointer) { keys.append(String(cString: key)) }
    }
    return keys
  }

  // MARK: Pages

  var pageCount: Int { Int(qpdf_get_num_pages(pointer)) }

  /// Page `number` (1-based) with inherited resources pushed down onto it.
  func page(_ number: Int) throws(SearchablePDFError) -> Handle {
    qpdf_push_inherited_attributes_to_page(pointer)
    let page = qpdf_get_page_n(pointer, number - 1)
    try check("reading page \(number)")
    return page
  }

  /// Appends `page` (a page dictionary of this document) at the end.
  func addPage(_ page: Handle) throws(SearchablePDFError) {
    _ = qpdf_add_page(pointer, pointer, page, QPDF_FALSE)
    try check("adding a page")
  }

  /// `object` of `other`, copied into this document with everything it refers to; stream data
  /// is carried over as it is, filters and all. `other` must outlive the writing.
  func copy(_ object: Handle, from other: QPDFDocument) throws(SearchablePDFError) -> Handle {
    let copy = qpdf_oh_copy_foreign_object(pointer, other.pointer, object)
    try check("copying an image")
    return copy
  }

  // MARK: Writing

  /// Writes the document to `path` as PDF/A wants it: every `endstream` on a line of its own,
  /// object streams, unfiltered streams compressed, no encryption.
  func write(to path: String, minimumVersion: String) throws(SearchablePDFError) {
    _ = qpdf_init_write(pointer, path)
    if qpdf_has_error(pointer) != 0 {
      let error = qpdf_get_error(pointer)
      let reason = qpdf_get_error_message_detail(pointer, error).map { String(cString: $0) }
      throw .outputNotWritable(path: path, reason: reason ?? "cannot create the file")
    }
    qpdf_set_object_stream_mode(pointer, qpdf_o_generate)
    qpdf_set_compress_streams(pointer, QPDF_TRUE)
    qpdf_set_newline_before_endstream(pointer, QPDF_TRUE)
    qpdf_set_preserve_encryption(pointer, QPDF_FALSE)
    qpdf_set_minimum_pdf_version(pointer, minimumVersion)
    _ = qpdf_write(pointer)
    try check("writing \(path)")
  }
}
