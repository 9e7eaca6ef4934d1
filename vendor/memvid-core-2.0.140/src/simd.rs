//! Distance calculations for vector search.
//!
//! One kernel for every build: on `x86_64` with AVX2 and FMA (detected at run time, once) it
//! uses 256-bit lanes with four independent accumulators; elsewhere (older x86-64, aarch64,
//! wasm32) a portable loop over 8-float blocks with eight independent sums, which the compiler
//! turns into the target's vector instructions without the bounds checks of indexed loads.

/// Compute squared L2 distance between two f32 slices.
///
/// The slices must have the same length; extra elements of the longer one are ignored.
#[must_use]
pub fn l2_distance_squared_simd(a: &[f32], b: &[f32]) -> f32 {
    debug_assert_eq!(a.len(), b.len(), "vectors must have same length");
    let len = a.len().min(b.len());
    let (a, b) = (&a[..len], &b[..len]);
    #[cfg(target_arch = "x86_64")]
    {
        if has_avx2_fma() {
            // SAFETY: the CPU supports AVX2 and FMA (checked just above).
            return unsafe { l2_squared_avx2_fma(a, b) };
        }
    }
    l2_squared_portable(a, b)
}

/// Compute L2 distance (with sqrt).
#[must_use]
pub fn l2_distance_simd(a: &[f32], b: &[f32]) -> f32 {
    l2_distance_squared_simd(a, b).sqrt()
}

fn l2_squared_portable(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0.0f32; 8];
    let a_blocks = a.chunks_exact(8);
    let b_blocks = b.chunks_exact(8);
    let tail: f32 = a_blocks
        .remainder()
        .iter()
        .zip(b_blocks.remainder())
        .map(|(x, y)| (x - y) * (x - y))
        .sum();
    for (x, y) in a_blocks.zip(b_blocks) {
        for lane in 0..8 {
            let d = x[lane] - y[lane];
            sums[lane] += d * d;
        }
    }
    sums.iter().sum::<f32>() + tail
}

#[cfg(target_arch = "x86_64")]
fn has_avx2_fma() -> bool {
    use std::sync::atomic::{AtomicU8, Ordering};
    // 0: not checked yet, 1: no, 2: yes.
    static DETECTED: AtomicU8 = AtomicU8::new(0);
    match DETECTED.load(Ordering::Relaxed) {
        0 => {
            let yes = std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma");
            DETECTED.store(if yes { 2 } else { 1 }, Ordering::Relaxed);
            yes
        }
        state => state == 2,
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn l2_squared_avx2_fma(a: &[f32], b: &[f32]) -> f32 {
    use std::arch::x86_64::{
        __m256, _mm256_add_ps, _mm256_castps256_ps128, _mm256_extractf128_ps, _mm256_fmadd_ps,
        _mm256_loadu_ps, _mm256_setzero_ps, _mm256_sub_ps, _mm_add_ps, _mm_add_ss,
        _mm_cvtss_f32, _mm_movehl_ps, _mm_shuffle_ps,
    };
    let len = a.len();
    let (pa, pb) = (a.as_ptr(), b.as_ptr());
    // SAFETY (every load below): offsets stay below `len`, the length of both slices.
    let step = |acc: __m256, i: usize| unsafe {
        let d = _mm256_sub_ps(_mm256_loadu_ps(pa.add(i)), _mm256_loadu_ps(pb.add(i)));
        _mm256_fmadd_ps(d, d, acc)
    };
    let mut acc = [_mm256_setzero_ps(); 4];
    let mut i = 0;
    while i + 32 <= len {
        acc[0] = step(acc[0], i);
        acc[1] = step(acc[1], i + 8);
        acc[2] = step(acc[2], i + 16);
        acc[3] = step(acc[3], i + 24);
        i += 32;
    }
    while i + 8 <= len {
        acc[0] = step(acc[0], i);
        i += 8;
    }
    let sum = _mm256_add_ps(_mm256_add_ps(acc[0], acc[1]), _mm256_add_ps(acc[2], acc[3]));
    let quad = _mm_add_ps(_mm256_castps256_ps128(sum), _mm256_extractf128_ps::<1>(sum));
    let pair = _mm_add_ps(quad, _mm_movehl_ps(quad, quad));
    let single = _mm_add_ss(pair, _mm_shuffle_ps::<0b01>(pair, pair));
    let mut total = _mm_cvtss_f32(single);
    while i < len {
        let d = a[i] - b[i];
        total += d * d;
        i += 1;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kernel_agrees_with_the_plain_sum_at_every_length() {
        let naive = |a: &[f32], b: &[f32]| -> f64 {
            a.iter().zip(b).map(|(x, y)| f64::from(x - y) * f64::from(x - y)).sum()
        };
        for len in 0..=100usize {
            let a: Vec<f32> = (0..len).map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.031).collect();
            let b: Vec<f32> = (0..len).map(|i| ((i * 53 % 97) as f32 - 48.0) * 0.027).collect();
            let want = naive(&a, &b);
            let close = |got: f32| (f64::from(got) - want).abs() <= 1e-5 * want.max(1.0);
            assert!(close(l2_squared_portable(&a, &b)), "portable, len {len}");
            assert!(close(l2_distance_squared_simd(&a, &b)), "dispatch, len {len}");
            #[cfg(target_arch = "x86_64")]
            if has_avx2_fma() {
                // SAFETY: checked just above.
                assert!(close(unsafe { l2_squared_avx2_fma(&a, &b) }), "avx2, len {len}");
            }
        }
    }

    #[test]
    fn test_l2_distance_squared_basic() {
        let a = [0.0, 0.0, 0.0];
        let b = [3.0, 4.0, 0.0];
        let dist_sq = l2_distance_squared_simd(&a, &b);
        assert!(
            (dist_sq - 25.0).abs() < 1e-6,
            "expected 25.0, got {}",
            dist_sq
        );
    }

    #[test]
    fn test_l2_distance_basic() {
        let a = [0.0, 0.0];
        let b = [3.0, 4.0];
        let dist = l2_distance_simd(&a, &b);
        assert!((dist - 5.0).abs() < 1e-6, "expected 5.0, got {}", dist);
    }

    #[test]
    fn test_l2_distance_384_dims() {
        // Test with realistic 384-dim vectors
        let a: Vec<f32> = (0..384).map(|i| i as f32 * 0.01).collect();
        let b: Vec<f32> = (0..384).map(|i| (i + 1) as f32 * 0.01).collect();

        let dist_simd = l2_distance_simd(&a, &b);

        // Compare with scalar implementation
        let dist_scalar: f32 = a
            .iter()
            .zip(b.iter())
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f32>()
            .sqrt();

        assert!(
            (dist_simd - dist_scalar).abs() < 1e-4,
            "SIMD {} vs Scalar {}",
            dist_simd,
            dist_scalar
        );
    }
}
