/// int8 kernels: `Int8` weights and activations, `Int32` accumulation, fixed-point requantization.
///
/// Same loop structure as Float32Kernels.swift. Quantization is symmetric (zero point 0), so zero
/// padding is skipped exactly as in the float kernels.
enum Int8Kernels {
    /// Convolution; `accumulators` is scratch of at least `outChannels` values.
    static func conv(
        _ geometry: ConvGeometry, input: UnsafePointer<Int8>, weights: UnsafePointer<Int8>,
        bias: UnsafePointer<Int32>, multipliers: UnsafePointer<FixedPointMultiplier>,
        accumulators: UnsafeMutablePointer<Int32>, output: UnsafeMutablePointer<Int8>
    ) {
        let inHeight = geometry.inHeight
        let inWidth = geometry.inWidth
        let inChannels = geometry.inChannels
        let outHeight = geometry.outHeight
        let outWidth = geometry.outWidth
        let outChannels = geometry.outChannels
        let kernel = geometry.kernel
        let stride = geometry.stride
        let padding = geometry.padding
        let tapSize = inChannels &* outChannels
        let lowest: Int64 = geometry.relu ? 0 : -127
        let acc = accumulators
        var out = output
        var oh = 0
        while oh < outHeight {
            var ow = 0
            while ow < outWidth {
                var oc = 0
                while oc < outChannels {
                    acc[oc] = bias[oc]
                    oc &+= 1
                }
                var kh = 0
                while kh < kernel {
                    let ih = oh &* stride &+ kh &- padding
                    if ih >= 0 && ih < inHeight {
                        var kw = 0
                        while kw < kernel {
                            let iw = ow &* stride &+ kw &- padding
                            if iw >= 0 && iw < inWidth {
                                let x = input + (ih &* inWidth &+ iw) &* inChannels
                                var w = weights + (kh &* kernel &+ kw) &* tapSize
                                var ic = 0
                                while ic < inChannels {
                                    let value = Int32(x[ic])
                                    oc = 0
                                    while oc < outChannels {
                                        acc[oc] &+= value &* Int32(w[oc])
                                        oc &+= 1
                                    }
                                    w += outChannels
                                    ic &+= 1
                                }
                            }
                            kw &+= 1
                        }
                    }
                    kh &+= 1
                }
                oc = 0
                while oc < outChannels {
                    var value = multipliers[oc].apply(acc[oc])
                    if value > 127 { value = 127 } else if value < lowest { value = lowest }
                    out[oc] = Int8(truncatingIfNeeded: value)
                    oc &+= 1
                }
                out += outChannels
                ow &+= 1
            }
            oh &+= 1
        }
    }

    /// Mean per channel: an `Int32` sum requantized by `inputScale / (positions · outputScale)`.
    static func globalAveragePool(
        positions: Int, channels: Int, multiplier: FixedPointMultiplier, input: UnsafePointer<Int8>,
        accumulators: UnsafeMutablePointer<Int32>, output: UnsafeMutablePointer<Int8>
    ) {
        let acc = accumulators
        var c = 0
        while c < channels {
            acc[c] = 0
            c &+= 1
        }
        var x = input
        var position = 0
        while position < positions {
            c = 0
            while c < channels {
                acc[c] &+= Int32(x[c])
                c &+= 1
            }
            x += channels
            position &+= 1
        }
        c = 0
        while c < channels {
            var value = multiplier.apply(acc[c])
            if value > 127 { value = 127 } else if value < -127 { value = -127 }
            output[c] = Int8(truncatingIfNeeded: value)
            c &+= 1
        }
    }

    /// Fully connected layer producing `Int32` logits at scale `inputScale · weightScale[j]`.
    static func dense(
        inFeatures: Int, outFeatures: Int, input: UnsafePointer<Int8>, weights: UnsafePointer<Int8>,
        bias: UnsafePointer<Int32>, output: UnsafeMutablePointer<Int32>
    ) {
        var j = 0
        while j < outFeatures {
            output[j] = bias[j]
            j &+= 1
        }
        var w = weights
        var i = 0
        while i < inFeatures {
            let value = Int32(input[i])
            j = 0
            while j < outFeatures {
                output[j] &+= value &* Int32(w[j])
                j &+= 1
            }
            w += outFeatures
            i &+= 1
        }
    }
}
