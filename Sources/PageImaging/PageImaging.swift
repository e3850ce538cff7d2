import CLeptonica
import CPoppler
