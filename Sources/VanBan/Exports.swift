// The types VanBan's API hands out come from the modules below it: a program that imports
// VanBan uses them without naming those modules or products.
@_exported import DiacriticRestorer
@_exported import DispatchOCR
@_exported import DispatchParser
@_exported import PageImaging
@_exported import SearchablePDF
@_exported import TesseractOCR
@_exported import VietnameseText
