import Foundation

/// Keeps Tesseract's OpenMP loops on the calling thread.
///
/// Debian builds libtesseract with OpenMP, whose LSTM loops ask for four threads each. With one
/// engine per core that oversubscribes the machine: a page measured 17 s instead of 2.6 s on two
/// cores, and two workers ran slower than one. Setting OMP_THREAD_LIMIT after start-up is too late
/// (libgomp reads it when loaded), so the limit is set through the OpenMP API instead: with zero
/// active levels allowed, every parallel region runs on the thread that meets it. That setting is
/// per thread since OpenMP 5 (GCC 11), so it is made on the recognising thread before each page.
/// The call is looked up at run time so that a libtesseract built without OpenMP works too.
enum OpenMP {
  private typealias SetMaxActiveLevels = @convention(c) (Int32) -> Void

  private static let setMaxActiveLevels: SetMaxActiveLevels? = {
    guard let handle = dlopen(nil, RTLD_NOW),
      let symbol = dlsym(handle, "omp_set_max_active_levels")
    else {
      return nil
    }
    return unsafeBitCast(symbol, to: SetMaxActiveLevels.self)
  }()

  /// Makes OpenMP parallel regions met on the current thread run serially.
  static func serializeCurrentThread() {
    setMaxActiveLevels?(0)
  }
}
